import tensorflow as tf


@tf.function
def scale(x):
    weight = tf.Variable(2.0)  # a new variable on every trace
    return weight * x


try:
    scale(tf.constant(1.0))
except ValueError as error:
    message = str(error).split("ValueError: ")[-1]
    print("ValueError:", message.split(" Make sure")[0])
