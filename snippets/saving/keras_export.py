# Continues snippets/saving/train_module.py (train_images, train_labels,
# test_images).
"""Keras 3: model.export writes a SavedModel; keras.models.load_model does
not read one.
"""

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1), name="image"),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(train_images, train_labels, epochs=20, batch_size=64, verbose=0)

print("model is a tf.Module:", isinstance(model, tf.Module))
model.save("keras_digits.keras")  # for Keras: config, weights, optimizer state
model.export("keras_digits/1", verbose=False)  # for serving: a SavedModel
exported = tf.saved_model.load("keras_digits/1")
print(
    "endpoints:",
    sorted(exported.signatures),
    "| trainable_variables:",
    len(exported.trainable_variables),
)
print(
    "same predictions:",
    np.allclose(exported.serve(test_images), model(test_images), atol=1e-6),
)

same_function = tf.keras.models.load_model is keras.models.load_model
print("tf.keras.models.load_model is keras.models.load_model:", same_function)
for path in ("keras_digits.keras", "keras_digits/1"):
    try:
        print(path, "->", type(tf.keras.models.load_model(path)).__name__)
    except ValueError as error:
        print(path, "-> ValueError:", str(error).split(". ")[0])
        print(
            "  the message suggests keras.layers.TFSMLayer:",
            "keras.layers.TFSMLayer(" in str(error),
        )
