import tensorflow as tf

batches = tf.data.Dataset.range(1, 11).batch(4)  # [1..4], [5..8], [9, 10]


@tf.function
def total(dataset):
    result = tf.constant(0, tf.int64)
    for batch in dataset:  # AutoGraph turns this loop into dataset operations
        result += tf.reduce_sum(batch)
    return result


print(total(batches).numpy())
graph = total.get_concrete_function(batches).graph
print(
    "ReduceDataset in the graph:",
    "ReduceDataset" in {op.type for op in graph.get_operations()},
)
print("traces:", total.experimental_get_tracing_count())
print(
    total(batches.map(lambda x: x * 2)).numpy(),
    "| traces:",
    total.experimental_get_tracing_count(),
)
