# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""Float16 quantization: weights stored as float16, computed in float32 on a
CPU.
"""
# Continues snippets/deploy/train_and_export.py: needs saved_model_dir and
# folder.

import os

import tensorflow as tf

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_types = [tf.float16]

float16_path = os.path.join(folder, "digits_float16.tflite")
with open(float16_path, "wb") as file:
    file.write(converter.convert())
print(f"digits_float16.tflite: {os.path.getsize(float16_path) / 1024:.0f} KB")
