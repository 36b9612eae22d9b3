# Continues snippets/deploy/train_and_export.py (model).
"""Convert the trained Keras model in memory to a TensorFlow Lite flatbuffer."""
# Continues snippets/deploy/train_and_export.py: needs model.

import contextlib
import io

import tensorflow as tf

converter = tf.lite.TFLiteConverter.from_keras_model(model)
# For a Keras 3 model the converter first exports a SavedModel to a temporary
# folder, and Keras prints that export's summary (with the random folder name);
# keep it off the output.
with contextlib.redirect_stdout(io.StringIO()):
    tflite_from_keras = converter.convert()

print(
    type(tflite_from_keras).__name__, f"{len(tflite_from_keras) / 1024:.0f} KB"
)
print("file identifier:", tflite_from_keras[4:8])
