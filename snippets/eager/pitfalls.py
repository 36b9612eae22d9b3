import numpy as np
import tensorflow as tf

# 1. A float64 tensor (made from a NumPy array) meets a float32 one: no silent
# promotion.
measured = tf.constant(np.array([1.0, 2.0]))  # float64, NumPy's default
try:
    measured + tf.constant([1.0, 2.0])
except tf.errors.InvalidArgumentError as error:
    print(
        "1.",
        type(error).__name__,
        "| expected a double tensor:",
        "double tensor" in error.message,
    )

# 2. A round trip through NumPy leaves the tape: the gradient is None.
x = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = tf.constant(x.numpy() ** 2)
print("2. gradient through NumPy:", tape.gradient(y, x))

# 3. `v = v + 1` makes a new tensor; the variable is gone from that name.
v = tf.Variable(1.0)
v = v + 1
print("3. still a tf.Variable after v = v + 1:", isinstance(v, tf.Variable))

# 4. Integer inputs have no gradient.
n = tf.constant(3)
with tf.GradientTape() as tape:
    tape.watch(n)
    y = n * n
print("4. gradient for an int32 input:", tape.gradient(y, n))
