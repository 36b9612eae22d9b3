# Continues snippets/saving/checkpoint_manager.py (manager).
"""How restore finds values: read a checkpoint without objects, and a restore
that waits for a variable created later.
"""

import tensorflow as tf

# A checkpoint read as a table of keys, without building any object.
reader = tf.train.load_checkpoint(manager.latest_checkpoint)
shapes = reader.get_variable_to_shape_map()
print(
    "keys:",
    len(shapes),
    "| hidden w:",
    shapes["model/layers/0/w/.ATTRIBUTES/VARIABLE_VALUE"],
)
print("steps:", reader.get_tensor("model/steps/.ATTRIBUTES/VARIABLE_VALUE"))


class LazyDense(tf.Module):
    """Creates its weights on the first call, when the input size is known."""

    def __init__(self, units):
        super().__init__()
        self.units = units
        self.w = None

    def __call__(self, x):
        if self.w is None:
            self.w = tf.Variable(tf.zeros([x.shape[-1], self.units]))
        return x @ self.w


source = tf.Module()
source.layer = LazyDense(2)
source.layer(tf.ones([1, 3]))
source.layer.w.assign(tf.reshape(tf.range(6.0), [3, 2]))
path = tf.train.Checkpoint(model=source).write("lazy_checkpoint/weights")

target = tf.Module()
target.layer = LazyDense(2)
tf.train.Checkpoint(model=target).restore(path)
print("after restore, w is", target.layer.w)
# created with zeros, and at once given the value waiting in the checkpoint
target.layer(tf.ones([1, 3]))
print("after the first call:", target.layer.w.numpy().tolist())
