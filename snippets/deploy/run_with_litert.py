# Continues snippets/deploy/convert_saved_model.py (float32_path),
# snippets/deploy/train_and_export.py (test_labels, test_images,
# keras_probabilities).
"""Run a .tflite file with the LiteRT interpreter, through its signature
runner.
"""
# Continues snippets/deploy/convert_saved_model.py: needs float32_path, and
# test_images, test_labels and keras_probabilities from train_and_export.py.

import numpy as np
from ai_edge_litert.interpreter import Interpreter

interpreter = Interpreter(model_path=float32_path)
print(interpreter.get_signature_list())

runner = interpreter.get_signature_runner("serving_default")
image_spec = runner.get_input_details()["image"]
print("input", image_spec["dtype"].__name__, image_spec["shape_signature"])

outputs = runner(image=test_images[:5])  # keyword = input name; any batch size
probabilities = outputs["output_0"]
print("predicted", probabilities.argmax(axis=1), "labels", test_labels[:5])
print(
    "same as Keras within 1e-5:",
    np.allclose(probabilities, keras_probabilities[:5], atol=1e-5),
)
