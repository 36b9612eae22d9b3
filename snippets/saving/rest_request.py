"""The JSON body of a REST predict request, in row and in columnar form."""
# Continues snippets/saving/call_signatures.py: needs the file pixels.npy.

import json

import numpy as np

pixels = np.load("pixels.npy")[3:5]  # two 8x8 uint8 images

# Row form: one entry per example; with a single input, the entry is its value.
row_request = {
    "signature_name": "serving_default",
    "instances": pixels.tolist(),
}
# Columnar form: input name -> the whole batch. Here for the signature that
# takes rows of 64.
columnar_request = {
    "signature_name": "classify_flat",
    "inputs": {"pixels": pixels.reshape(2, 64).tolist()},
}

with open("request.json", "w") as file:
    json.dump(row_request, file)
print(json.dumps(row_request)[:100], "...")
print(json.dumps(columnar_request)[:100], "...")
print(
    "instances:",
    np.array(row_request["instances"]).shape,
    "| inputs:",
    {
        name: np.array(value).shape
        for name, value in columnar_request["inputs"].items()
    },
)
