import tensorflow as tf

used = tf.Variable(2.0)
unused = tf.Variable(5.0)
with tf.GradientTape(persistent=True) as tape:
    y = 3.0 * used  # `unused` plays no part in y
default = tape.gradient(y, [used, unused])
print("default:", [None if g is None else float(g) for g in default])
zeros = tape.gradient(
    y, [used, unused], unconnected_gradients=tf.UnconnectedGradients.ZERO
)
print("ZERO:   ", [float(g) for g in zeros])
del tape
