import keras
import tensorflow as tf

print("TensorFlow", tf.__version__)
print("Keras", keras.__version__)
print("Eager by default:", tf.executing_eagerly())
print(
    "tf.keras has Keras 3's classes:",
    tf.keras.layers.Dense is keras.layers.Dense,
)
# tf.keras is a separate namespace of the same package, with some legacy names
# added:
print("batch_dot in tf.keras.backend:", hasattr(tf.keras.backend, "batch_dot"))
print("batch_dot in keras.backend:   ", hasattr(keras.backend, "batch_dot"))
