import numpy as np
import tensorflow as tf

# 1. NumPy's float64 meets TensorFlow's float32: no silent promotion.
try:
    tf.constant(np.array([1.0])) + tf.constant([1.0])
except tf.errors.InvalidArgumentError as error:
    print("1. InvalidArgumentError:", error.message.split(" [Op")[0])

# 2. A round trip through NumPy leaves the tape: the gradient is None.
x = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = tf.constant(x.numpy() ** 2)
print("2. gradient through NumPy:", tape.gradient(y, x))

# 3. `v = v + 1` makes a new tensor; the variable is gone from that name.
v = tf.Variable(1.0)
v = v + 1
print("3. type after v = v + 1:", type(v).__name__)

# 4. Integer inputs have no gradient.
n = tf.constant(3)
with tf.GradientTape() as tape:
    tape.watch(n)
    y = n * n
print("4. gradient for an int32 input:", tape.gradient(y, n))
