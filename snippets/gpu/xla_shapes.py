import re
import time

import tensorflow as tf


# any length
@tf.function(jit_compile=True, input_signature=[tf.TensorSpec([None])])
def scaled_relu(x):
    return tf.nn.relu(2.0 * x + 1.0)


for size in (1000, 500):
    scaled_relu(tf.ones([size]))
print(
    "tracing count with a relaxed signature:",
    scaled_relu.experimental_get_tracing_count(),
)
for size in (1000, 500):  # the XLA program for a call of each length
    hlo = scaled_relu.experimental_get_compiler_ir(tf.ones([size]))(stage="hlo")
    # e.g. f32[1000]
    argument = re.search(r"ENTRY \S+ \(\S+ (\S+)\)", hlo).group(1)
    print(f"XLA program for length {size} takes:", argument)

x = tf.ones([2000])
start = time.perf_counter()
scaled_relu(x)  # a new length: XLA compiles
first = time.perf_counter() - start
start = time.perf_counter()
for _ in range(10):
    scaled_relu(x)  # the same length: the compiled program is reused
ten_more = time.perf_counter() - start
print(
    "first call of a new length slower than the next ten together:",
    first > ten_more,
)
