import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2 + 2.0 * x  # recorded: the tape watches trainable variables
print("y =", y.numpy(), "| dy/dx =", tape.gradient(y, x).numpy())  # 2x + 2 = 8

c = tf.constant(3.0)
with tf.GradientTape() as tape:
    y = c**2
print("constant, not watched:", tape.gradient(y, c))

with tf.GradientTape() as tape:
    tape.watch(c)  # ask the tape to record operations on a constant
    y = c**2
print("constant, watched:", tape.gradient(y, c).numpy())
