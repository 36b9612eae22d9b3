# Continues snippets/migrate/eager_rewrite.py (SoftmaxRegression, test_x,
# test_y, tf1_checkpoint).
import numpy as np
import tensorflow as tf

for name, shape in tf.train.list_variables(tf1_checkpoint):
    print(f"{name:16} {shape}")

reader = tf.train.load_checkpoint(tf1_checkpoint)
restored = SoftmaxRegression(np.zeros((64, 10), np.float32))
restored.weights.assign(reader.get_tensor("softmax/weights"))
restored.bias.assign(reader.get_tensor("softmax/bias"))
predicted = tf.argmax(restored(test_x), axis=1, output_type=tf.int32)
accuracy = np.mean(predicted.numpy() == test_y)
print(f"test accuracy with the TF 1.x weights: {accuracy:.3f}")


class NamedLikeTF1(tf.Module):
    """Variables whose names are those of the TF 1.x graph, so that a name-based
    restore finds them.
    """

    def __init__(self):
        super().__init__()
        self.weights = tf.Variable(tf.zeros([64, 10]), name="softmax/weights")
        self.bias = tf.Variable(tf.zeros([10]), name="softmax/bias")


# tf.train.Checkpoint.restore reads a name-based checkpoint too, matching the
# variables' names.
named = NamedLikeTF1()
status = tf.train.Checkpoint(model=named).restore(tf1_checkpoint)
# raises AssertionError if a variable found no value in the checkpoint
status.assert_consumed()
print(
    type(status).__name__,
    "| same values:",
    np.array_equal(named.weights, restored.weights),
)

# With names that the checkpoint does not hold, restore() raises nothing; only
# the check does.
misnamed = tf.Module()
misnamed.weights = tf.Variable(tf.zeros([64, 10]), name="dense/kernel")
status = tf.train.Checkpoint(model=misnamed).restore(tf1_checkpoint)
print("misnamed weights still zero:", not np.any(misnamed.weights.numpy()))
try:
    status.assert_consumed()
except AssertionError as error:
    print("AssertionError:", str(error).splitlines()[0].strip())

# The compat.v1 way: an assignment map from checkpoint names to variables (runs
# eagerly too).
mapped = SoftmaxRegression(np.zeros((64, 10), np.float32))
assignment_map = {
    "softmax/weights": mapped.weights,
    "softmax/bias": mapped.bias,
}
tf.compat.v1.train.init_from_checkpoint(tf1_checkpoint, assignment_map)
print(
    "init_from_checkpoint gave the same values:",
    np.array_equal(mapped.weights, restored.weights),
)

# Save again as a TF 2 (object-based) checkpoint: names follow the attributes.
saved = tf.train.Checkpoint(model=restored).write("tf2_checkpoint/model")
for name, shape in tf.train.list_variables(saved):
    print(f"{name:40} {shape}")
