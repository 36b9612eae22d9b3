import tensorflow as tf

# The Hessian of f(x) = x0^2 * x1 + x1^3: the jacobian of the gradient.
x = tf.Variable([1.0, 2.0])
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        f = x[0] ** 2 * x[1] + x[1] ** 3
    gradient = inner.gradient(f, x)  # [2 x0 x1, x0^2 + 3 x1^2]
hessian = outer.jacobian(gradient, x)
print("gradient:", gradient.numpy())
print("hessian:", hessian.numpy().tolist())

# reset() drops what the tape recorded so far, keeping the tape open.
with tf.GradientTape() as tape:
    discarded = x[0] * 100.0
    kept = discarded + x[0] * 3.0
print("without reset:", tape.gradient(kept, x).numpy())
with tf.GradientTape() as tape:
    discarded = x[0] * 100.0
    tape.reset()
    kept = discarded + x[0] * 3.0  # discarded is now a constant to the tape
print("after reset:  ", tape.gradient(kept, x).numpy())
