# Continues snippets/saving/module_tracking.py (mlp, DigitsMLP),
# snippets/saving/train_module.py (test_images).
"""A checkpoint holds variable values; a SavedModel holds the functions too."""

import os

import numpy as np
import tensorflow as tf

tf.train.Checkpoint(model=mlp).write("mlp_checkpoint/weights")
tf.saved_model.save(mlp, "mlp_savedmodel")
print("checkpoint:", sorted(os.listdir("mlp_checkpoint")))
print(
    "SavedModel:",
    sorted(os.listdir("mlp_savedmodel")),
    "variables/:",
    sorted(os.listdir("mlp_savedmodel/variables")),
)

# A SavedModel's variables folder is a checkpoint whose root is the saved
# object.
for prefix in ("mlp_checkpoint/weights", "mlp_savedmodel/variables/variables"):
    keys = [
        key
        for key, _ in tf.train.list_variables(prefix)
        if "output/w" in key or "layers/1/w" in key
    ]
    print(f"{prefix:35}", keys)

# Restoring a checkpoint needs the code that builds the same objects ...
rebuilt = DigitsMLP()
tf.train.Checkpoint(model=rebuilt).read(
    "mlp_checkpoint/weights"
).assert_consumed()
# ... loading a SavedModel does not: the functions come from the file.
loaded = tf.saved_model.load("mlp_savedmodel")
print(
    type(rebuilt).__name__,
    "and",
    type(loaded).__name__,
    "give the same logits:",
    np.allclose(rebuilt(test_images), mlp(test_images)),
    np.allclose(loaded(test_images), mlp(test_images)),
)
