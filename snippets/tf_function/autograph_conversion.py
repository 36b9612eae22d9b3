import keras
import tensorflow as tf


def clip_negative(x):
    """A helper of your own, called in a tf.function: AutoGraph converts it."""
    if tf.reduce_sum(x) < 0:  # becomes tf.cond
        x = tf.zeros_like(x)
    return x


@tf.function
def calls_helper(x):
    return clip_negative(x) + 1.0


print("your helper:", calls_helper(tf.constant([-1.0, -2.0])).numpy())


@tf.autograph.experimental.do_not_convert
def clip_negative_unconverted(x):
    if tf.reduce_sum(x) < 0:  # stays a Python if on a symbolic tensor
        x = tf.zeros_like(x)
    return x


class ClipNegative(keras.layers.Layer):
    def call(self, x):
        if tf.reduce_sum(x) < 0:  # reached through Keras: not converted
            x = tf.zeros_like(x)
        return x


class ClipNegativeCond(keras.layers.Layer):
    def call(self, x):
        return keras.ops.cond(
            keras.ops.sum(x) < 0, lambda: keras.ops.zeros_like(x), lambda: x
        )


layer, layer_cond = ClipNegative(), ClipNegativeCond()


@tf.function
def calls_unconverted(x):
    return clip_negative_unconverted(x) + 1.0


@tf.function
def calls_layer(x):
    return layer(x) + 1.0


@tf.function
def calls_layer_cond(x):
    return layer_cond(x) + 1.0


for name, graph_fn in [
    ("do_not_convert", calls_unconverted),
    ("Keras layer", calls_layer),
    ("keras.ops.cond", calls_layer_cond),
]:
    try:
        print(f"{name + ':':16}", graph_fn(tf.constant([-1.0, -2.0])).numpy())
    except tf.errors.OperatorNotAllowedInGraphError as error:
        print(
            f"{name + ':':16}",
            type(error).__name__,
            "| tensor as bool:",
            "as a Python `bool` is not allowed" in str(error),
        )
