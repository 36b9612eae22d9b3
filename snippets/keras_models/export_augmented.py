# Continues snippets/keras_models/augmentation_layers.py (augmented),
# snippets/keras_models/transfer_pretrain.py (test_images).
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

folder = tempfile.mkdtemp()
images = tf.constant(test_images[:64])

# serve calls the model without training
augmented.export(os.path.join(folder, "as_is"), verbose=False)
as_is = tf.saved_model.load(os.path.join(folder, "as_is"))
print(
    "model.export, two requests agree:",
    np.allclose(as_is.serve(images), as_is.serve(images)),
)

archive = keras.export.ExportArchive()
archive.track(augmented)
archive.add_endpoint(
    name="serve",
    # augmentation off, written out
    fn=lambda batch: augmented(batch, training=False),
    input_signature=[tf.TensorSpec(shape=(None, 8, 8, 1), dtype=tf.float32)],
)
archive.write_out(os.path.join(folder, "inference"), verbose=False)
inference = tf.saved_model.load(os.path.join(folder, "inference"))
served = inference.serve(images)
print(
    "ExportArchive, two requests agree:",
    np.allclose(served, inference.serve(images)),
)
print(
    "same as predict:",
    np.allclose(served, augmented.predict(images, verbose=0), atol=1e-6),
)
