import keras
import tensorflow as tf

print("TensorFlow", tf.__version__)
print("Keras", keras.__version__)
print("Eager by default:", tf.executing_eagerly())
