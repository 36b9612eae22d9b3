"""Four TensorFlow Lite mistakes, each caught and printed."""

import os

import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

# 1. Keras 2 wrote a SavedModel for model.save("folder"); Keras 3 writes only .keras files.
try:
    model.save(os.path.join(folder, "saved_model_by_save"))
except ValueError as error:
    print("1.", str(error).split(" Received")[0])  # the rest names the temporary folder

# 2. The low-level tensor API keeps the batch size of 1 the file was converted with.
interpreter = Interpreter(model_path=float32_path)
interpreter.allocate_tensors()
try:
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], test_images[:5])
except ValueError as error:
    print("2.", error)

# 3. A full-integer model takes int8 input; float images are refused, not converted.
runner = Interpreter(model_path=int8_path).get_signature_runner("serving_default")
try:
    runner(image=test_images[:5])
except ValueError as error:
    print("3.", str(error).strip())

# 4. Full-integer quantisation needs example inputs to measure activation ranges.
converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
try:
    converter.convert()
except ValueError as error:
    print("4.", error)
