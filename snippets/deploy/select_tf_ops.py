# Continues snippets/deploy/train_and_export.py (folder).
"""An op that LiteRT has no kernel for: refused by default, converted with
SELECT_TF_OPS.
"""
# Continues snippets/deploy/train_and_export.py: needs folder.

import os

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter


class RunningProduct(tf.Module):
    """Cumulative products along each row: tf.math.cumprod has no LiteRT builtin
    kernel.
    """

    @tf.function(
        input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x")]
    )
    def serve(self, x):
        return {"product": tf.math.cumprod(x, axis=1)}


module = RunningProduct()
cumprod_dir = os.path.join(folder, "cumprod_saved_model")
tf.saved_model.save(
    module, cumprod_dir, signatures={"serving_default": module.serve}
)

converter = tf.lite.TFLiteConverter.from_saved_model(cumprod_dir)
try:
    converter.convert()
# ConverterError (tensorflow/lite/python/convert_phase.py) is not part of
# TensorFlow's public API, so the block catches what it derives from.
except Exception as error:  # noqa: BLE001
    print(
        type(error).__name__,
        "| needs TF Select ops: Cumprod:",
        "TF Select ops: Cumprod" in str(error),
    )

converter.target_spec.supported_ops = [
    tf.lite.OpsSet.TFLITE_BUILTINS,  # LiteRT's own kernels where they exist
    tf.lite.OpsSet.SELECT_TF_OPS,  # TensorFlow's kernels for the rest
]
flex_model = converter.convert()
print(f"converted with SELECT_TF_OPS: {len(flex_model) / 1024:.0f} KB")

runner = Interpreter(model_content=flex_model).get_signature_runner(
    "serving_default"
)
try:
    runner(x=np.array([[1, 2, 3, 4]], np.float32))
# this interpreter has no TensorFlow kernels (no Flex delegate)
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
