import numpy as np
import tensorflow as tf

print(tf.constant(1).dtype)  # Python int -> int32
print(tf.constant(1.0).dtype)  # Python float -> float32
print(tf.constant(np.array([1.0, 2.0])).dtype)  # NumPy keeps its float64

as_float32 = tf.constant(np.array([1.0, 2.0]), dtype=tf.float32)
print(as_float32.dtype)
print(tf.cast(tf.constant([1.7, -1.7]), tf.int32))  # cast truncates toward zero
