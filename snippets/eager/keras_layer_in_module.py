import keras
import tensorflow as tf

dense = keras.layers.Dense(2)
dense.build((None, 3))
print("Keras layer is a tf.Module:", isinstance(dense, tf.Module))
print(
    "its kernel is a keras.Variable:", isinstance(dense.kernel, keras.Variable)
)
print("its kernel is a tf.Variable:", isinstance(dense.kernel, tf.Variable))


class WithKerasLayer(tf.Module):
    def __init__(self):
        super().__init__()
        self.dense = dense  # a Keras 3 layer on a tf.Module


holder = WithKerasLayer()
print(
    "layer weights:",
    len(dense.weights),
    "| found by the module:",
    len(holder.variables),
)

# A checkpoint does not use that list: it follows the attributes, and finds the
# weights.
path = tf.train.Checkpoint(holder=holder).write("keras_layer_in_module/ckpt")
print(
    "in the checkpoint:",
    [name for name, _ in tf.train.list_variables(path)][1:],
)
