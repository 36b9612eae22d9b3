# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""Dynamic-range quantization: int8 weights, float computation, no data needed."""
# Continues snippets/deploy/train_and_export.py: needs saved_model_dir and folder.

import os

import tensorflow as tf

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]

dynamic_path = os.path.join(folder, "digits_dynamic_range.tflite")
with open(dynamic_path, "wb") as file:
    file.write(converter.convert())
print(f"digits_dynamic_range.tflite: {os.path.getsize(dynamic_path) / 1024:.0f} KB")
