import tensorflow as tf

a = tf.Variable(2.0)
b = tf.Variable(5.0)
with tf.GradientTape(watch_accessed_variables=False) as tape:
    tape.watch(a)  # only what is watched explicitly is recorded
    y = a * b
grad_a, grad_b = tape.gradient(y, [a, b])
print("dy/da:", grad_a.numpy(), "| dy/db:", grad_b)
