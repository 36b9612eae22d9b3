import tensorflow as tf


@tf.custom_gradient
def softplus(x):
    """log(1 + e^x), so that neither the value nor the gradient overflows."""
    # log(1 + e^x) = max(x, 0) + log(1 + e^-|x|): the exponent is never
    # positive.
    value = tf.maximum(x, 0.0) + tf.math.log1p(tf.exp(-tf.abs(x)))

    def grad(upstream):  # receives dL/dy, returns dL/dx
        return upstream * tf.sigmoid(x)  # d/dx log(1 + e^x) = 1 / (1 + e^-x)

    return value, grad


x = tf.constant(100.0)  # e^100 overflows float32 to inf
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    plain = tf.math.log(1.0 + tf.exp(x))
    custom = softplus(x)
# 0 * inf
print(
    "automatic:", plain.numpy(), "| gradient:", tape.gradient(plain, x).numpy()
)
print(
    "custom:   ",
    custom.numpy(),
    "| gradient:",
    tape.gradient(custom, x).numpy(),
)
print("tf.math.softplus:", tf.math.softplus(x).numpy())
del tape
