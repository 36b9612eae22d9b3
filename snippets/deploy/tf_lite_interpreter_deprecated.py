# Continues snippets/deploy/convert_saved_model.py (float32_path).
"""The interpreter inside TensorFlow still works, but warns that it is
deprecated.
"""
# Continues snippets/deploy/convert_saved_model.py: needs float32_path.

import warnings

import tensorflow as tf

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.lite.Interpreter(model_path=float32_path)

# the text is indented over several lines
message = " ".join(str(caught[0].message).split())
print(f"{caught[0].category.__name__}: {message}")
