"""Train the digits CNN, then export it as a SavedModel, the input of every
converter.
"""

import os
import tempfile

import keras
import tensorflow as tf

from tfguide.data import digits_datasets, split_digits
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()

data = digits_datasets()
model = build_digits_cnn()
model.compile(
    optimizer=keras.optimizers.Adam(3e-3),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
# data.train shuffles itself each epoch; with fit's default shuffle=True, Keras
# would warn that it ignores the argument for a dataset.
model.fit(data.train, epochs=20, verbose=0, shuffle=False)

# The same 359 test images as NumPy arrays, and the Keras model's answers for
# them.
_, (test_images, test_labels) = split_digits()
keras_probabilities = model.predict(test_images, verbose=0)
accuracy = (keras_probabilities.argmax(axis=1) == test_labels).mean()
print(f"Keras test accuracy {accuracy:.1%}, above 95%: {accuracy > 0.95}")

folder = tempfile.mkdtemp()
saved_model_dir = os.path.join(folder, "saved_model")
# verbose=True would print the temporary path
model.export(saved_model_dir, verbose=False)
print(sorted(os.listdir(saved_model_dir)))
