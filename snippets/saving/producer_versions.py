"""What a SavedModel records about the TensorFlow that wrote it."""
# Continues snippets/saving/export_signatures.py: needs models/digits/1/.

import tensorflow as tf
from tensorflow.core.protobuf import saved_model_pb2

saved_model = saved_model_pb2.SavedModel()
with open("models/digits/1/saved_model.pb", "rb") as file:
    saved_model.ParseFromString(file.read())
meta_graph = saved_model.meta_graphs[0]  # one per tag-set; here 'serve'
info, versions = meta_graph.meta_info_def, meta_graph.graph_def.versions
print(
    "tags:", list(info.tags), "| written by TensorFlow", info.tensorflow_version
)
print(
    "GraphDef producer is this TensorFlow's GRAPH_DEF_VERSION:",
    versions.producer == tf.version.GRAPH_DEF_VERSION,
)
print("min_consumer:", versions.min_consumer)
