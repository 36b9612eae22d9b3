import subprocess
import sys

program = """
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
total = tf.constant(1.0) + 1.0  # builds a graph
try:
    tf.compat.v1.enable_eager_execution()
except ValueError as error:
    print(f"ValueError: {error}")
print("executing eagerly:", tf.executing_eagerly())
"""
result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
print(result.stdout, end="")
