"""What the metadata endpoint reports: the version's SignatureDefs, read here
from the file.
"""
# Continues snippets/saving/fine_tune_loaded.py: needs models/digits/1/.

import json

from google.protobuf import json_format
from tensorflow.core.protobuf import saved_model_pb2

saved_model = saved_model_pb2.SavedModel()
with open("models/digits/1/saved_model.pb", "rb") as file:
    saved_model.ParseFromString(file.read())
signature_defs = saved_model.meta_graphs[0].signature_def
print("signatures:", sorted(signature_defs))

# The same SignatureDef as JSON, the form the REST API uses for protos.
default = json_format.MessageToDict(signature_defs["serving_default"])
pixels_info = default["inputs"]["pixels"]
print(
    "input pixels:",
    pixels_info["dtype"],
    json.dumps(pixels_info["tensorShape"]),
)
print(
    "outputs:", sorted(default["outputs"]), "| method:", default["methodName"]
)
