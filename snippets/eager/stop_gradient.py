import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x * tf.stop_gradient(x)  # the second factor counts as a constant
# 9.0, 3.0 (not 6.0)
print("value:", y.numpy(), "| gradient:", tape.gradient(y, x).numpy())
