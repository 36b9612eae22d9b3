import subprocess
import sys

program = """
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
total = tf.constant(1.0) + 1.0  # builds into the global default graph
try:
    tf.compat.v1.enable_eager_execution()
except ValueError as error:
    print(f"ValueError: {error}")
print("executing eagerly:", tf.executing_eagerly())

tf.compat.v1.reset_default_graph()  # drops the global default graph
tf.compat.v1.enable_eager_execution()
print("after reset_default_graph, executing eagerly:", tf.executing_eagerly())
double = tf.function(lambda x: x * 2)
print("tf.function result:", double(tf.constant(3.0)).numpy())
"""
result = subprocess.run(
    [sys.executable, "-c", program],
    check=False,
    capture_output=True,
    text=True,
    timeout=300,
)
print(result.stdout, end="")
