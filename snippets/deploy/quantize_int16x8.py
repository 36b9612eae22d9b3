# Continues snippets/deploy/quantize_full_integer.py (representative_images),
# snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""16x8 quantization: int8 weights, int16 activations, float input and
output.
"""
# Continues snippets/deploy/quantize_full_integer.py: needs
# representative_images, and saved_model_dir and folder from
# train_and_export.py.

import os

import tensorflow as tf

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
# from the full-integer block
converter.representative_dataset = representative_images
converter.target_spec.supported_ops = [
    tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8
]

int16x8_path = os.path.join(folder, "digits_int16x8.tflite")
with open(int16x8_path, "wb") as file:
    file.write(converter.convert())
print(f"digits_int16x8.tflite: {os.path.getsize(int16x8_path) / 1024:.0f} KB")
