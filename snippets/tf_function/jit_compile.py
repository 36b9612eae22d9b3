import re

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

hlo = xla_gelu.experimental_get_compiler_ir(x)(stage="optimized_hlo")
entry = hlo.split("\nENTRY ")[1].split("\n}")[0]
print("XLA entry computation:", sorted(re.findall(r" = \S+ ([a-z-]+)\(", entry)))
