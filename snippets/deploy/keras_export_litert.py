# Continues snippets/deploy/train_and_export.py (model, folder, test_images,
# keras_probabilities).
"""Keras 3's own route to a .tflite file:
model.export(path, format="litert").
"""
# Continues snippets/deploy/train_and_export.py: needs model, folder,
# test_images and keras_probabilities.

import os

import numpy as np
from ai_edge_litert.interpreter import Interpreter

keras_export_path = os.path.join(folder, "digits_keras_export.tflite")
model.export(keras_export_path, format="litert", verbose=False)

runner = Interpreter(model_path=keras_export_path).get_signature_runner(
    "serving_default"
)
probabilities = runner(image=test_images)["output_0"]
kilobytes = os.path.getsize(keras_export_path) / 1024
print(f"digits_keras_export.tflite: {kilobytes:.0f} KB")
print(
    "same as Keras within 1e-5:",
    np.allclose(probabilities, keras_probabilities, atol=1e-5),
)
