import sys

import tensorflow as tf

seen = []


@tf.function
def step(x):
    seen.append(x)  # Python side effect: runs only while tracing
    # a graph op: runs on every call
    tf.print("tf.print sees", x, output_stream=sys.stdout)
    return x + 1


for i in range(3):
    step(tf.constant(i))
print("entries in the Python list:", len(seen))
print("what was appended:", seen[0])
try:
    tf.add(seen[0], 1)  # a graph tensor used by an eager operation
except TypeError as error:
    print(type(error).__name__, "| out of scope:", "out of scope" in str(error))
try:
    seen[0].numpy()  # a symbolic tensor has no value
except AttributeError as error:
    print(type(error).__name__, "| no .numpy():", "numpy" in str(error))
