import keras
import numpy as np
import tensorflow as tf

print(tf.constant(1).dtype)  # Python int -> int32
print(tf.constant(1.0).dtype)  # Python float -> float32
print(tf.constant(np.array([1.0, 2.0])).dtype)  # a NumPy array keeps its float64

# Where a float32 tensor meets a float64 array, the array is converted to float32.
print((tf.constant([1.0, 2.0]) + np.array([1.0, 2.0])).dtype)
print(keras.layers.Dense(1)(np.ones((1, 3))).dtype)  # Keras casts inputs to float32 too

print(tf.constant(np.array([1.0, 2.0]), dtype=tf.float32).dtype)  # ask for the dtype
print(tf.cast(tf.constant([1.7, -1.7]), tf.int32))  # cast truncates toward zero
