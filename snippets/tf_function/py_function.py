import numpy as np
import tensorflow as tf

python_calls = []


def python_double(x):
    python_calls.append(type(x).__name__)  # runs on every call
    return x * 2


@tf.function
def double(x):
    return tf.py_function(python_double, [x], tf.float32)


for i in range(3):
    double(tf.constant(float(i)))
print(
    "Python ran:",
    python_calls,
    "| traces:",
    double.experimental_get_tracing_count(),
)
concrete = double.get_concrete_function(tf.constant(1.0))
print("output shape in the graph:", concrete.output_shapes)
py_ops = [
    op for op in concrete.graph.get_operations() if op.type == "EagerPyFunc"
]
token = py_ops[0].get_attr("token").decode()
print(
    "graph op:",
    py_ops[0].type,
    "| its token:",
    token.rstrip("0123456789") + "N",
)

x = tf.constant(3.0)
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    through_py = tf.py_function(lambda t: t * t, [x], tf.float32)
    through_numpy = tf.numpy_function(lambda t: np.square(t), [x], tf.float32)
print("gradient through py_function:", float(tape.gradient(through_py, x)))
print("gradient through numpy_function:", tape.gradient(through_numpy, x))
