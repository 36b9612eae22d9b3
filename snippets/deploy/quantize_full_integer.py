# Continues snippets/deploy/train_and_export.py (saved_model_dir, folder).
"""Full-integer quantization: int8 weights, activations, input and output."""
# Continues snippets/deploy/train_and_export.py: needs saved_model_dir and
# folder.

import os

import tensorflow as tf

from tfguide.data import split_digits

# A fixed sample of training images, in a fixed order: the same ranges on every
# run.
(train_images, _), _ = split_digits()
calibration_images = train_images[:300]


def representative_images():
    """One image at a time: the converter measures each activation's range over
    them all.
    """
    for image in calibration_images:
        yield [image[None]]


converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.representative_dataset = representative_images
# int8 or fail
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
converter.inference_input_type = tf.int8
converter.inference_output_type = tf.int8

int8_path = os.path.join(folder, "digits_int8.tflite")
with open(int8_path, "wb") as file:
    file.write(converter.convert())
print(f"digits_int8.tflite: {os.path.getsize(int8_path) / 1024:.0f} KB")
