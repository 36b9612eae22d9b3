import tensorflow as tf


@tf.function
def factorial(n):
    if n <= 1:  # on a tensor: both branches are traced, the recursion too
        return tf.constant(1)
    return n * factorial(n - 1)


try:
    factorial(tf.constant(3))
# TF 2.21 raises an autograph StagingError, a class without a public name
except Exception as error:  # noqa: BLE001
    print(
        type(error).__name__,
        "| RecursionError inside:",
        "RecursionError" in str(error),
    )

# On a Python int the if runs while tracing: each level is a new trace,
# and the graphs nest.
print("Python int:", factorial(3).numpy())
print("traces:", factorial.experimental_get_tracing_count())
