# Continues snippets/deploy/convert_saved_model.py (float32_path),
# snippets/deploy/quantize_dynamic_range.py (dynamic_path),
# snippets/deploy/quantize_float16.py (float16_path),
# snippets/deploy/quantize_full_integer.py (int8_path),
# snippets/deploy/quantize_int16x8.py (int16x8_path),
# snippets/deploy/train_and_export.py (keras_probabilities, test_images,
# test_labels).
"""Size, test accuracy and agreement with Keras of each .tflite variant, as a
table.
"""
# Continues the blocks above: needs the five *_path names, test_images,
# test_labels and keras_probabilities.

import os

import numpy as np
from ai_edge_litert.interpreter import Interpreter

from tfguide.timing import markdown_table


def tflite_probabilities(path, images):
    """Class probabilities from a .tflite file, quantizing and dequantizing
    where it is int8.
    """
    runner = Interpreter(model_path=path).get_signature_runner(
        "serving_default"
    )
    image_spec = runner.get_input_details()["image"]
    output_spec = runner.get_output_details()["output_0"]
    if image_spec["dtype"] == np.int8:
        scale, zero_point = image_spec["quantization"]
        images = np.clip(
            np.round(images / scale + zero_point), -128, 127
        ).astype(np.int8)
    outputs = runner(image=images)["output_0"]
    if output_spec["dtype"] == np.int8:
        scale, zero_point = output_spec["quantization"]
        outputs = (outputs.astype(np.float32) - zero_point) * scale
    return outputs


variants = {
    "float32 (no quantization)": float32_path,
    "dynamic range": dynamic_path,
    "float16": float16_path,
    "full integer (int8)": int8_path,
    "16x8 (int16 activations)": int16x8_path,
}
keras_classes = keras_probabilities.argmax(axis=1)
rows = []
for name, path in variants.items():
    classes = tflite_probabilities(path, test_images).argmax(axis=1)
    accuracy = (classes == test_labels).mean()
    agreement = (classes == keras_classes).mean()
    rows.append(
        [
            name,
            round(os.path.getsize(path) / 1024),
            round(100 * accuracy, 1),
            round(100 * agreement, 1),
        ]
    )
headers = [
    "variant",
    "size (KB)",
    "test accuracy (%)",
    "same class as Keras (%)",
]
print(markdown_table(headers, rows))
print("every variant above 95% accuracy:", all(row[2] > 95 for row in rows))
