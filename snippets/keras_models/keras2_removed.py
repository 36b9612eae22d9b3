import os
import tempfile

import keras
import tensorflow as tf

try:
    # the module is there; its classes only raise
    keras.optimizers.legacy.Adam()
except ImportError as error:
    print("optimizers.legacy: ImportError |", "tf_keras" in str(error))

try:
    keras.layers.Dense(2).add_metric(1.0)
except NotImplementedError as error:
    print(
        "add_metric: NotImplementedError |",
        "Model.compile(metrics=" in str(error),
    )

print(
    "keras.utils.Sequence is PyDataset:",
    keras.utils.Sequence is keras.utils.PyDataset,
)
print(
    "keras.backend.mean exists:",
    hasattr(keras.backend, "mean"),
    "| keras.ops.mean:",
    hasattr(keras.ops, "mean"),
)
# tf.keras.backend is another namespace: in TF 2.21 it keeps a legacy copy of
# the old functions.
print(
    "tf.keras.backend.mean([1, 3]):",
    float(tf.keras.backend.mean(tf.constant([1.0, 3.0]))),
)

doubler = keras.Sequential(
    [keras.Input(shape=(2,)), keras.layers.Lambda(lambda t: t * 2)]
)
path = os.path.join(tempfile.mkdtemp(), "doubler.keras")
doubler.save(path)
try:
    keras.models.load_model(path)
except ValueError as error:
    print(
        "Lambda layer: ValueError |", "arbitrary code execution" in str(error)
    )
print(
    "with safe_mode=False:",
    type(keras.models.load_model(path, safe_mode=False)).__name__,
)
