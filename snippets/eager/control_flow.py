import tensorflow as tf


def newton_sqrt(value, rel_tolerance=1e-6, max_steps=50):
    """Square root by Newton's method, with Python control flow on tensors."""
    guess = tf.constant(1.0)
    steps = 0
    # The comparison is a tensor, read as a Python bool. The tolerance is
    # relative, since float32 is only good to about 1e-7 of the value; the step
    # limit ends the loop anyway.
    while (
        tf.abs(guess * guess - value) > rel_tolerance * value
        and steps < max_steps
    ):
        guess = (guess + value / guess) / 2.0
        steps += 1
    return guess, steps


root, steps = newton_sqrt(tf.constant(2.0))
print(f"sqrt(2) = {root.numpy():.6f} after {steps} steps")
root, steps = newton_sqrt(tf.constant(2e6))
print(f"sqrt(2e6) = {root.numpy():.2f} after {steps} steps")

# iterating a tensor yields its rows
for value in tf.constant([4.0, -1.0, 9.0]):
    if value < 0:
        print(f"{value.numpy()}: no real square root")
    else:
        print(f"{value.numpy()}: {newton_sqrt(value)[0].numpy():.4f}")

batch = tf.constant([4.0, -1.0])
try:
    if batch > 0:  # two booleans: Python cannot read them as one
        pass
except ValueError as error:
    print("ValueError | ambiguous:", "ambiguous" in str(error))
# say which answer you mean
print("all positive:", bool(tf.reduce_all(batch > 0)))
