"""Save and load under MirroredStrategy, in a new process with two logical
CPUs.
"""
# Needs nothing from earlier blocks: the script below is a program of its own.

import subprocess
import sys
from pathlib import Path

Path("mirrored_save.py").write_text("""
import tensorflow as tf

# Logical devices must be set before TensorFlow first uses the CPU.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2
)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])


class Linear(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.ones([4, 2]), name="w")

    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32)])
    def __call__(self, x):
        return x @ self.w


def mirrored(variable):
    return isinstance(variable, tf.distribute.DistributedValues)


with strategy.scope():
    model = Linear()
print(
    "replicas:",
    strategy.num_replicas_in_sync,
    "| mirrored:",
    mirrored(model.w),
)
print("copies on:", [v.device.split("/")[-1] for v in model.w.values])

# A checkpoint holds one value per variable, not one per replica ...
path = tf.train.Checkpoint(model=model).write("mirrored_ckpt/ckpt")
keys = [k for k, _ in tf.train.list_variables(path) if "VARIABLE" in k]
print("checkpoint keys:", keys)
# ... so it restores without a strategy, or under another one.
plain = Linear()
tf.train.Checkpoint(model=plain).read(path).assert_consumed()
print("restored without a strategy, mirrored:", mirrored(plain.w))

# A SavedModel loads as plain variables, or mirrored inside a scope.
tf.saved_model.save(model, "mirrored_savedmodel")
outside = tf.saved_model.load("mirrored_savedmodel")
with strategy.scope():
    inside = tf.saved_model.load("mirrored_savedmodel")
print("loaded outside the scope, mirrored:", mirrored(outside.w))
print("loaded inside the scope, mirrored:", mirrored(inside.w))
print("same answer:", bool(tf.reduce_all(outside(tf.ones([1, 4])) == 4.0)))
""")
run = subprocess.run(
    [sys.executable, "mirrored_save.py"],
    capture_output=True,
    text=True,
    check=True,
)
print(run.stdout, end="")
