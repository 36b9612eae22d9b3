# Continues snippets/deploy/convert_saved_model.py (tflite_float32).
"""List the operations and tensors of a .tflite file with the LiteRT model
analyzer.
"""
# Continues snippets/deploy/convert_saved_model.py: needs tflite_float32.

import contextlib
import io

import tensorflow as tf

report = io.StringIO()
# analyze() prints its report; keep it as text
with contextlib.redirect_stdout(report):
    tf.lite.experimental.Analyzer.analyze(model_content=tflite_float32)

lines = report.getvalue().splitlines()
operations = [line.strip() for line in lines if line.strip().startswith("Op#")]
print(f"{len(operations)} operations in the float32 file:")
print("\n".join(operations))
