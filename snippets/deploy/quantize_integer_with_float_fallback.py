# Continues snippets/deploy/quantize_full_integer.py (representative_images),
# snippets/deploy/train_and_export.py (saved_model_dir, test_images,
# keras_probabilities).
"""Integer quantization with float fallback: int8 inside, float32 at the
edges, and float kernels for any operation that has no int8 one.
"""

import contextlib
import io

import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.representative_dataset = representative_images
# no supported_ops and no inference types: the defaults allow float
fallback_model = converter.convert()

runner = Interpreter(model_content=fallback_model).get_signature_runner(
    "serving_default"
)
image_dtype = runner.get_input_details()["image"]["dtype"].__name__
output_dtype = runner.get_output_details()["output_0"]["dtype"].__name__
print("input", image_dtype, "output", output_dtype)

report = io.StringIO()
with contextlib.redirect_stdout(report):
    tf.lite.experimental.Analyzer.analyze(model_content=fallback_model)
operations = [
    line.split()[1].split("(")[0]
    for line in report.getvalue().splitlines()
    if line.strip().startswith("Op#")
]
print("first and last operations:", operations[0], operations[-1])

classes = runner(image=test_images)["output_0"].argmax(axis=1)
same = (classes == keras_probabilities.argmax(axis=1)).mean()
print(f"same class as Keras: {100 * same:.1f}%")
