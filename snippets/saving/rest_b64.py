"""Binary inputs in a REST request: a {"b64": ...} object per string value."""
# Continues snippets/saving/call_signatures.py: needs the files models/digits/1/
# and pixels.npy.

import base64
import json

import numpy as np
import tensorflow as tf

version_1 = tf.saved_model.load("models/digits/1")
images = np.load("pixels.npy")[:2]
# one string per image: its 64 pixels as raw bytes
raw = [image.tobytes() for image in images]
body = json.dumps(
    {
        "signature_name": "classify_bytes",
        "instances": [{"b64": base64.b64encode(r).decode()} for r in raw],
    }
)
print(body[:90], "...")


@tf.function(input_signature=[tf.TensorSpec([None], tf.string)])
def classify_bytes(image_bytes):
    pixels = tf.reshape(tf.io.decode_raw(image_bytes, tf.uint8), [-1, 8, 8])
    return version_1.signatures["serving_default"](pixels=pixels)


# What the server does with the body: decode each b64 value into the bytes of
# one element of a DT_STRING tensor, then call the signature.
strings = [base64.b64decode(x["b64"]) for x in json.loads(body)["instances"]]
print("bytes per string:", [len(s) for s in strings])
print("digits:", classify_bytes(tf.constant(strings))["digit"].numpy().tolist())
