# Continues snippets/deploy/train_and_export.py (folder).
"""Keras' format="litert" allows SELECT_TF_OPS unless told otherwise."""
# Continues snippets/deploy/train_and_export.py: needs folder.

import os

import keras
import tensorflow as tf


class RunningProduct(keras.layers.Layer):
    """Cumulative products along each row, with an op that LiteRT has no builtin
    kernel for.
    """

    def call(self, x):
        return tf.math.cumprod(x, axis=1)


product_model = keras.Sequential(
    [keras.Input(shape=(4,), name="x"), RunningProduct()]
)

# Keras' defaults: builtin kernels, and TensorFlow's own kernels (Flex) for the
# rest.
flex_path = os.path.join(folder, "cumprod_keras_default.tflite")
product_model.export(flex_path, format="litert", verbose=False)
size = os.path.getsize(flex_path)
print(f"format='litert' with Keras' defaults: converted, {size} bytes")

# Builtin kernels only: the op that needs Flex is refused now, not when the app
# runs.
try:
    product_model.export(
        os.path.join(folder, "cumprod_builtins.tflite"),
        format="litert",
        verbose=False,
        target_spec={"supported_ops": [tf.lite.OpsSet.TFLITE_BUILTINS]},
    )
# ConverterError (tensorflow/lite/python/convert_phase.py) is not part of
# TensorFlow's public API, so the block catches what it derives from.
except Exception as error:  # noqa: BLE001
    print(
        type(error).__name__,
        "| needs TF Select ops: Cumprod:",
        "TF Select ops: Cumprod" in str(error),
    )
