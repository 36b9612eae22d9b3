import tensorflow as tf


@tf.custom_gradient
def softplus(x):
    """log(1 + e^x), with a gradient that stays finite for large x."""
    e = tf.exp(x)

    def grad(upstream):  # receives dL/dy, returns dL/dx
        return upstream * tf.sigmoid(x)  # d/dx log(1 + e^x) = 1 / (1 + e^-x)

    return tf.math.log(1.0 + e), grad


x = tf.constant(100.0)  # e^100 overflows float32 to inf
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    plain = tf.math.log(1.0 + tf.exp(x))
    custom = softplus(x)
print("automatic gradient:", tape.gradient(plain, x).numpy())  # inf / inf
print("custom gradient:   ", tape.gradient(custom, x).numpy())
del tape
