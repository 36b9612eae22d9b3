import numpy as np
import tensorflow as tf


@tf.function
def total(values):
    result = tf.constant(0.0)
    for value in values:
        result += value
    return result


def op_count(values):
    graph = total.get_concrete_function(values).graph
    return len(graph.get_operations())


print("ops for a list of 3 floats: ", op_count([1.0, 2.0, 3.0]))
print("ops for a list of 30 floats:", op_count([1.0] * 30))
print("ops for a tensor of 30:     ", op_count(tf.ones(30)))
print("ops for a NumPy array of 30:", op_count(np.ones(30, np.float32)))
graph = total.get_concrete_function(tf.ones(30)).graph
types = {op.type for op in graph.get_operations()}
print("tensor: one while loop:", any("While" in t for t in types))

before = total.experimental_get_tracing_count()
total([4.0, 5.0, 6.0])  # same length, other Python values
print(
    "new list values, new traces:",
    total.experimental_get_tracing_count() - before,
)
