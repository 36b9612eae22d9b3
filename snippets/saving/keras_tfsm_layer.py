# Continues snippets/saving/train_module.py (test_images),
# snippets/saving/keras_export.py (model).
"""TFSMLayer: a SavedModel endpoint as a Keras layer, for use inside a Keras
model.
"""

import keras
import numpy as np

layer = keras.layers.TFSMLayer("keras_digits/1", call_endpoint="serve")
wrapped = keras.Sequential([keras.Input(shape=(8, 8, 1)), layer])
print(
    "weights:",
    len(layer.trainable_weights),
    "trainable,",
    len(layer.non_trainable_weights),
    "not",
)
same = np.allclose(
    wrapped.predict(test_images, verbose=0), model(test_images), atol=1e-6
)
print("same predictions:", same)
by_signature = keras.layers.TFSMLayer(
    "keras_digits/1", call_endpoint="serving_default"
)
print(
    "serving_default returns:",
    {k: v.shape for k, v in by_signature(test_images[:3]).items()},
)
