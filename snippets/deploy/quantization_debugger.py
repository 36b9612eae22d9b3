# Continues snippets/deploy/quantize_full_integer.py (representative_images),
# snippets/deploy/train_and_export.py (saved_model_dir, test_images).
"""The quantization debugger: the error that int8 rounding adds at each
layer, measured against the float model on a few images.
"""

import contextlib
import csv
import io
import warnings

import numpy as np
import tensorflow as tf


def debug_images():
    """20 test images, one at a time, as the debugger runs them."""
    for image in test_images[:20]:
        yield [image[None]]


converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.representative_dataset = representative_images
# The debugger runs its models with tf.lite.Interpreter, which warns that it
# is deprecated (shown above); the warning is not about this code.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", ".*tf.lite.Interpreter is deprecated")
    debugger = tf.lite.experimental.QuantizationDebugger(
        converter=converter, debug_dataset=debug_images
    )
    debugger.run()

table = io.StringIO()
debugger.layer_statistics_dump(table)
table.seek(0)
for row in csv.DictReader(table):
    # the guide's measure: rounding alone gives 1 / sqrt(12), about 0.29
    rmse = np.sqrt(float(row["mean_squared_error"]))
    ratio = rmse / float(row["scale"])
    print(f"{row['op_name']:16} rmse/scale below 0.5: {ratio < 0.5}")

# Keep the layers with the largest error in float: the denylisted ones run
# float kernels, with QUANTIZE and DEQUANTIZE around them.
options = tf.lite.experimental.QuantizationDebugOptions(denylisted_ops=["MEAN"])
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", ".*tf.lite.Interpreter is deprecated")
    selective = tf.lite.experimental.QuantizationDebugger(
        converter=converter, debug_dataset=debug_images, debug_options=options
    )
    selective_model = selective.get_nondebug_quantized_model()
report = io.StringIO()
with contextlib.redirect_stdout(report):
    tf.lite.experimental.Analyzer.analyze(model_content=selective_model)
operations = [
    line.split()[1].split("(")[0]
    for line in report.getvalue().splitlines()
    if line.strip().startswith("Op#")
]
mean = operations.index("MEAN")
print("with MEAN denylisted:", " ".join(operations[mean - 1 : mean + 2]))
