import keras
import tensorflow as tf


def has(module, dotted_name):
    """Whether module.<dotted_name> exists, e.g. has(tf, "train.Saver")."""
    for part in dotted_name.split("."):
        if not hasattr(module, part):
            return False
        module = getattr(module, part)
    return True


names = [
    "contrib",
    "estimator",
    "layers",
    "Session",
    "placeholder",
    "global_variables_initializer",
    "train.GradientDescentOptimizer",
    "train.Saver",
    "get_variable",
    "variable_scope",
    "summary.FileWriter",
]
print(f"{'name':32} {'tf.':6} tf.compat.v1.")
for name in names:
    print(f"{name:32} {has(tf, name)!s:6} {has(tf.compat.v1, name)}")
print('hasattr(tf, "estimator"):', hasattr(tf, "estimator"))
print(
    "Dataset.make_one_shot_iterator:",
    has(tf.data.Dataset, "make_one_shot_iterator"),
)
print(
    "tf.compat.v1.data.make_one_shot_iterator:",
    has(tf.compat.v1, "data.make_one_shot_iterator"),
)

replacements = [  # the right-hand column of the table
    (tf, "function"),
    (tf, "TensorSpec"),
    (tf, "Variable"),
    (tf, "Module"),
    (keras, "Model"),
    (keras, "optimizers.SGD"),
    (keras, "optimizers.Adam"),
    (tf, "train.Checkpoint"),
    (tf, "train.CheckpointManager"),
    (keras, "Model.save"),
    (keras, "layers.Dense"),
    (keras, "layers.Conv2D"),
    (keras, "Model.fit"),
    (tf, "summary.create_file_writer"),
    (tf, "data.Dataset"),
]
print(
    f"the {len(replacements)} replacements exist:",
    all(has(module, name) for module, name in replacements),
)
