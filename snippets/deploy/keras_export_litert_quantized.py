# Continues snippets/deploy/train_and_export.py (folder, model, test_images),
# snippets/deploy/quantize_dynamic_range.py (dynamic_path).
"""model.export(format="litert") passes converter options on: a dynamic-range
file.
"""

import os

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

keras_dynamic_path = os.path.join(folder, "digits_keras_dynamic_range.tflite")
model.export(
    keras_dynamic_path,
    format="litert",
    verbose=False,
    optimizations=[tf.lite.Optimize.DEFAULT],  # set on the TFLiteConverter
)


def predicted_classes(path):
    runner = Interpreter(model_path=path).get_signature_runner(
        "serving_default"
    )
    return runner(image=test_images)["output_0"].argmax(axis=1)


kilobytes = os.path.getsize(keras_dynamic_path) / 1024
print(f"digits_keras_dynamic_range.tflite: {kilobytes:.0f} KB")
print(
    "same classes as the converter's dynamic-range file:",
    np.array_equal(
        predicted_classes(keras_dynamic_path), predicted_classes(dynamic_path)
    ),
)

try:  # a misspelled converter option
    model.export(
        os.path.join(folder, "misspelled.tflite"),
        format="litert",
        verbose=False,
        optimisations=[tf.lite.Optimize.DEFAULT],
    )
except (ValueError, RuntimeError) as error:  # Keras 3.13 wraps it: RuntimeError
    print(f"{type(error).__name__}: {error}")
