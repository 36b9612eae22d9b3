import tensorflow as tf


@tf.function
def scale(x):
    weight = tf.Variable(2.0)  # a new variable on every trace
    return weight * x


try:
    scale(tf.constant(1.0))
except ValueError as error:
    print(type(error).__name__, "| only on the first call:", "created on the first call" in str(error))
