import keras
import numpy as np
import tensorflow as tf

print(tf.constant(1).dtype)  # Python int -> int32
print(tf.constant(1.0).dtype)  # Python float -> float32
# a NumPy array keeps its float64
print(tf.constant(np.array([1.0, 2.0])).dtype)

# Where a float32 tensor meets a float64 array, the array is converted to
# float32.
print((tf.constant([1.0, 2.0]) + np.array([1.0, 2.0])).dtype)
# Keras casts inputs to float32 too
print(keras.layers.Dense(1)(np.ones((1, 3))).dtype)
# The conversion narrows: 1e-8 is lost in float32, though float64 would keep it.
print(
    "1 + 1e-8 == 1 in float32:",
    bool(tf.constant(1.0) + np.float64(1e-8) == 1.0),
)

counts = tf.constant([1, 2])  # int32
try:
    counts + 0.5  # a Python float is not converted to int32
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        "| expected an int32 tensor:",
        "int32 tensor" in error.message,
    )
# truncated
print("int32 + np.array([0.5, 0.5]):", (counts + np.array([0.5, 0.5])).numpy())
# a NumPy scalar too
print("int32 + np.float64(2.9):", (counts + np.float64(2.9)).numpy())

# ask for the dtype
print(tf.constant(np.array([1.0, 2.0]), dtype=tf.float32).dtype)
print(tf.cast(tf.constant([1.7, -1.7]), tf.int32))  # cast truncates toward zero
