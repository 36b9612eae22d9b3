import re
import time

import numpy as np
import tensorflow as tf


def gelu(x):
    return 0.5 * x * (1.0 + tf.tanh(0.7978845608 * (x + 0.044715 * x**3)))


graph_gelu = tf.function(gelu)
xla_gelu = tf.function(gelu, jit_compile=True)

x = tf.random.stateless_normal([1000], seed=[1, 2])
print("same results:", np.allclose(graph_gelu(x), xla_gelu(x), atol=1e-6))

graph = graph_gelu.get_concrete_function(x).graph
print("TensorFlow ops in the graph:", len(graph.get_operations()))

# HLO text is for reading: a check built on it depends on what one XLA version
# prints on one device, which is what this page, pinned to TensorFlow 2.21 on a
# CPU, can afford.
hlo = xla_gelu.experimental_get_compiler_ir(x)(stage="optimized_hlo")
entry = hlo.split("\nENTRY ")[1].split("\n}")[0]
print(
    "XLA entry computation:", sorted(re.findall(r" = \S+ ([a-z-]+)\(", entry))
)

# a new shape: XLA compiles again
y = tf.random.stateless_normal([2000], seed=[3, 4])
start = time.perf_counter()
xla_gelu(y)
first = time.perf_counter() - start
start = time.perf_counter()
for _ in range(10):
    xla_gelu(y)
ten = time.perf_counter() - start
print("first call (trace and compile) slower than 10 later calls:", first > ten)
