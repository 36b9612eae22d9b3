# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""Dynamic-range quantization: int8 weights, float computation, no data
needed.
"""
# Continues snippets/deploy/train_and_export.py: needs saved_model_dir and
# folder.

import os

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]

dynamic_path = os.path.join(folder, "digits_dynamic_range.tflite")
with open(dynamic_path, "wb") as file:
    file.write(converter.convert())
kilobytes = os.path.getsize(dynamic_path) / 1024
print(f"digits_dynamic_range.tflite: {kilobytes:.0f} KB")

# The weight tensors of the convolutions and dense layers, with the type they
# are stored in.
for tensor in Interpreter(model_path=dynamic_path).get_tensor_details():
    name, shape = tensor["name"], tensor["shape"]
    if (
        len(shape) > 1
        and shape[0] != 1
        and ("convolution" in name or "MatMul" in name)
    ):
        kind = "convolution kernel" if "convolution" in name else "dense kernel"
        values = int(np.prod(shape))
        dtype = tensor["dtype"].__name__
        print(f"{kind:18} {shape.tolist()!s:15} {values:6d} values, {dtype}")
