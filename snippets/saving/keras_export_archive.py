# Continues snippets/saving/keras_export.py (model),
# snippets/saving/train_module.py (test_labels, test_images).
"""ExportArchive: choose the endpoints of a Keras export, pixel scaling
included.
"""

import keras
import numpy as np
import tensorflow as tf

archive = keras.export.ExportArchive()
archive.track(model)  # the variables the endpoints use
archive.add_endpoint(
    name="classify_pixels",
    fn=lambda pixels: model(
        tf.cast(pixels, tf.float32)[..., None] / 255.0, training=False
    ),
    input_signature=[tf.TensorSpec([None, 8, 8], tf.uint8, name="pixels")],
)
archive.write_out("keras_digits/2", verbose=False)

exported = tf.saved_model.load("keras_digits/2")
print("endpoints:", sorted(exported.signatures))
pixels = np.round(test_images[..., 0] * 255).astype(np.uint8)
probabilities = exported.classify_pixels(pixels)
print(
    "digits:",
    np.argmax(probabilities[:5], axis=1).tolist(),
    "| labels:",
    test_labels[:5].tolist(),
)
