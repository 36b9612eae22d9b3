# Continues snippets/deploy/convert_saved_model.py (float32_path),
# snippets/deploy/train_and_export.py (test_images, test_labels,
# keras_probabilities).
"""Run the float32 file with LiteRT's CompiledModel API, the newer one beside
the Interpreter.
"""
# Continues snippets/deploy/convert_saved_model.py: needs float32_path, and
# test_images, test_labels and keras_probabilities from train_and_export.py.

import numpy as np
from ai_edge_litert.compiled_model import CompiledModel

# runs on the CPU unless told otherwise
compiled = CompiledModel.from_file(float32_path)
print(compiled.get_signature_list())
signature = compiled.get_signature_index("serving_default")
# batch of 5
compiled.resize_input_tensor_by_name("serving_default", "image", [5, 8, 8, 1])

inputs = compiled.create_input_buffers(signature)  # one TensorBuffer per input
outputs = compiled.create_output_buffers(signature)
inputs[0].write(test_images[:5])
compiled.run_by_index(signature, inputs, outputs)
# flat, so reshape
probabilities = outputs[0].read(5 * 10, np.float32).reshape(5, 10)
print("predicted", probabilities.argmax(axis=1), "labels", test_labels[:5])
print(
    "same as Keras within 1e-5:",
    np.allclose(probabilities, keras_probabilities[:5], atol=1e-5),
)
