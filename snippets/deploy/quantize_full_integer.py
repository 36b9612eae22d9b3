# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder, data).
"""Full-integer quantization: int8 weights, activations, input and output."""
# Continues snippets/deploy/train_and_export.py: needs data, saved_model_dir and folder.

import os

import tensorflow as tf


def representative_images():
    """The training images, batch by batch: the converter measures each activation's range."""
    for images, _ in data.train:
        yield [images]


converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.representative_dataset = representative_images
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]  # int8 or fail
converter.inference_input_type = tf.int8
converter.inference_output_type = tf.int8

int8_path = os.path.join(folder, "digits_int8.tflite")
with open(int8_path, "wb") as file:
    file.write(converter.convert())
print(f"digits_int8.tflite: {os.path.getsize(int8_path) / 1024:.0f} KB")
