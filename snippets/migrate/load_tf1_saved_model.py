# Continues snippets/migrate/tf1_saved_model.py: uses session_logits and
# some_images from it.
import keras
import numpy as np
import tensorflow as tf

loaded = tf.saved_model.load("tf1_saved_model")
print("signatures:", list(loaded.signatures))
serve = loaded.signatures["serving_default"]
print("inputs:", serve.structured_input_signature[1])
outputs = serve(images=tf.constant(some_images))
print("outputs:", sorted(outputs))
print(
    "same logits as the session:",
    np.allclose(outputs["logits"], session_logits),
)
print("variables:", [v.name for v in loaded.variables])
try:
    loaded(tf.constant(some_images))
except TypeError as error:
    print(f"loaded(...): TypeError: {error}")
try:
    keras.models.load_model("tf1_saved_model")
except ValueError as error:
    message = str(error)
    print("keras.models.load_model: ValueError")
    print("  ...", message[message.index("Note that") :].split(". ")[0])
    print(
        "  names keras.layers.TFSMLayer:", "keras.layers.TFSMLayer" in message
    )
layer = keras.layers.TFSMLayer(
    "tf1_saved_model", call_endpoint="serving_default"
)
print("TFSMLayer outputs:", sorted(layer(some_images)))
