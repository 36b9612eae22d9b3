import tensorflow as tf


@tf.function
def scale(x):
    weight = tf.Variable(2.0)  # a new variable on every trace
    return weight * x


# The error type and message are TensorFlow 2.21's; other versions may differ.
# The page prints them to show what happens; do not make a program depend on the
# text.
try:
    scale(tf.constant(1.0))
except ValueError as error:
    print(
        type(error).__name__,
        "| only on the first call:",
        "created on the first call" in str(error),
    )
