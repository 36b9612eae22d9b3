# Continues snippets/deploy/train_and_export.py (saved_model_dir, model,
# test_images), snippets/deploy/convert_saved_model.py (float32_path),
# snippets/deploy/quantize_full_integer.py (int8_path).
"""Four TensorFlow Lite mistakes, each caught and printed."""
# Continues the blocks above: needs model, saved_model_dir, float32_path,
# int8_path and test_images.

import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

# 1. Keras 2 wrote a SavedModel for model.save("folder"); Keras 3 writes only
# .keras files.
try:
    model.save("saved_model_by_save")  # raises before it writes anything
except ValueError as error:
    print(f"1. {type(error).__name__}: {error}")

# 2. The low-level tensor API keeps the batch size of 1 the file was converted
# with.
interpreter = Interpreter(model_path=float32_path)
interpreter.allocate_tensors()
try:
    interpreter.set_tensor(
        interpreter.get_input_details()[0]["index"], test_images[:5]
    )
except ValueError as error:
    print(f"2. {type(error).__name__}: {error}")

# 3. A full-integer model takes int8 input; float images are refused, not
# converted.
runner = Interpreter(model_path=int8_path).get_signature_runner(
    "serving_default"
)
try:
    runner(image=test_images[:5])
except ValueError as error:
    print(f"3. {type(error).__name__}: {str(error).strip()}")

# 4. Full-integer quantization needs example inputs to measure activation
# ranges.
converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
try:
    converter.convert()
except ValueError as error:
    print(f"4. {type(error).__name__}: {error}")
