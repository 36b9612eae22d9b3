"""The layout TF Serving reads: a folder per model, a numbered subfolder per version."""
# Continues snippets/saving/fine_tune_loaded.py: needs the folders models/digits/1/ and 2/.

import os

for version in sorted(os.listdir("models/digits"), key=int):
    print(f"models/digits/{version}/", sorted(os.listdir(f"models/digits/{version}")))
