# Continues snippets/deploy/train_and_export.py (test_labels, test_images),
# snippets/deploy/quantize_full_integer.py (int8_path).
"""Run the full-integer model: quantize the images going in, dequantize the
answer.
"""
# Continues snippets/deploy/quantize_full_integer.py: needs int8_path, and
# test_images and test_labels from train_and_export.py.

import numpy as np
from ai_edge_litert.interpreter import Interpreter

runner = Interpreter(model_path=int8_path).get_signature_runner(
    "serving_default"
)
image_spec = runner.get_input_details()["image"]
output_spec = runner.get_output_details()["output_0"]
for name, spec in [("input ", image_spec), ("output", output_spec)]:
    scale, zero_point = spec["quantization"]
    dtype = spec["dtype"].__name__
    print(f"{name} {dtype}: real value = {scale:.6f} * (q - ({zero_point}))")

scale, zero_point = image_spec["quantization"]
quantized = np.clip(
    np.round(test_images[:5] / scale + zero_point), -128, 127
).astype(np.int8)
raw = runner(image=quantized)["output_0"]

scale, zero_point = output_spec["quantization"]
probabilities = (raw.astype(np.float32) - zero_point) * scale
print("raw output of the first image:", raw[0])
print("as probabilities:", probabilities[0].round(3))
print("predicted", probabilities.argmax(axis=1), "labels", test_labels[:5])
