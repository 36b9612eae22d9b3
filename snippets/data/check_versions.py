import tensorflow as tf

print("TensorFlow", tf.__version__)
print("tf.data.AUTOTUNE =", tf.data.AUTOTUNE)
