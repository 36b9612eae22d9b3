# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""Convert the exported SavedModel to a .tflite file: the float32 baseline."""
# Continues snippets/deploy/train_and_export.py: needs saved_model_dir and
# folder.

import os

import tensorflow as tf

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
tflite_float32 = converter.convert()

float32_path = os.path.join(folder, "digits_float32.tflite")
with open(float32_path, "wb") as file:
    file.write(tflite_float32)
print(f"digits_float32.tflite: {os.path.getsize(float32_path) / 1024:.0f} KB")
