"""Variables in lists and dicts are tracked too; checkpoints name them by
attribute path.
"""

import tensorflow as tf

holder = tf.Module(name="holder")
holder.by_name = {"a": tf.Variable(1.0, name="a")}
holder.stack = [tf.Variable(2.0, name="b")]
holder.stack.append(tf.Variable(3.0, name="c"))  # appended later: still tracked
holder.nested = {"inner": [tf.Variable(4.0, name="d")]}
holder.learning_rate = 0.1  # a Python float: not tracked, not saved

print("types:", type(holder.stack).__name__, type(holder.by_name).__name__)
print("variables:", sorted(v.name for v in holder.variables))

path = tf.train.Checkpoint(holder=holder).write("holder_ckpt")
for key, shape in tf.train.list_variables(path):
    if key.startswith("holder/"):
        print(f"  {key}")
