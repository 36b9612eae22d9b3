"""Load the export in a new Python process that has TensorFlow and nothing from
this page.
"""
# Continues snippets/saving/call_signatures.py: needs the files models/digits/1/
# and pixels.npy.

import subprocess
import sys
from pathlib import Path

Path("classify_digits.py").write_text("""
import sys

import numpy as np
import tensorflow as tf

served = tf.saved_model.load("models/digits/1")
classify = served.signatures["serving_default"]
result = classify(pixels=tf.constant(np.load("pixels.npy")))
print("signatures:", sorted(served.signatures))
print("digits:", result["digit"].numpy().tolist())
print("loaded type:", type(served).__name__)
print("tfguide imported:", "tfguide" in sys.modules)
""")
run = subprocess.run(
    [sys.executable, "classify_digits.py"],
    capture_output=True,
    text=True,
    check=True,
)
print(run.stdout, end="")
