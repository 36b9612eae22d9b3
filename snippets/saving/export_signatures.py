# Continues snippets/saving/module_tracking.py (mlp).
"""Export for serving: explicit signatures, with the pixel scaling inside the
graph.
"""

import os
import shutil

import tensorflow as tf


class DigitsServer(tf.Module):
    """What a server calls: raw 8-bit pixels in, a digit and its
    probabilities out.
    """

    def __init__(self, model):
        super().__init__()
        self.model = model

    @tf.function
    def classify(self, pixels):
        # uint8 -> [0, 1]
        images = tf.reshape(tf.cast(pixels, tf.float32) / 255.0, [-1, 8, 8, 1])
        probabilities = tf.nn.softmax(self.model(images))
        digit = tf.argmax(probabilities, axis=1, output_type=tf.int32)
        return {"digit": digit, "probabilities": probabilities}


server = DigitsServer(mlp)
# None: any batch size
images_8x8 = tf.TensorSpec([None, 8, 8], tf.uint8, name="pixels")
rows_of_64 = tf.TensorSpec([None, 64], tf.uint8, name="pixels")
signatures = {
    # Two concrete functions of one tf.function: images as 8x8 arrays or as rows
    # of 64.
    "serving_default": server.classify.get_concrete_function(images_8x8),
    "classify_flat": server.classify.get_concrete_function(rows_of_64),
    # A tf.function with an input_signature can be a signature as it is.
    "logits": mlp.__call__,
}
# Write outside the folder the server watches, then move the finished export
# into place, so that a server never sees a half-written version.
shutil.rmtree("models/staging", ignore_errors=True)
tf.saved_model.save(server, "models/staging/1", signatures=signatures)
os.makedirs("models/digits", exist_ok=True)
# only for rerunning this page
shutil.rmtree("models/digits/1", ignore_errors=True)
# a rename: atomic on one POSIX file system
os.replace("models/staging/1", "models/digits/1")
print(sorted(os.listdir("models/digits/1")))
