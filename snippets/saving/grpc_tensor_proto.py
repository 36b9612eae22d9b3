# Continues snippets/saving/rest_request.py (row_request).
"""What a gRPC Predict request carries: a TensorProto with the raw bytes, not
JSON text.
"""

import json

import numpy as np
import tensorflow as tf

images = np.array(row_request["instances"], dtype=np.uint8)  # two 8x8 images
proto = tf.make_tensor_proto(images)
print(
    "dtype:",
    tf.dtypes.as_dtype(proto.dtype).name,
    "| shape:",
    [d.size for d in proto.tensor_shape.dim],
)
print("tensor_content:", len(proto.tensor_content), "bytes, one per pixel")
print(
    "serialized proto:",
    len(proto.SerializeToString()),
    "bytes | JSON body:",
    len(json.dumps(row_request)),
    "bytes",
)
print(
    "decodes to the same array:", np.array_equal(tf.make_ndarray(proto), images)
)
