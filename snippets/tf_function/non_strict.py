import tensorflow as tf

values = tf.constant([1.0, 2.0])
try:
    tf.gather(values, 5)  # eager: runs at once, and fails
except tf.errors.InvalidArgumentError as error:
    print(
        "eager:",
        type(error).__name__,
        "| index 5 refused:",
        "5 is not in [0, 2)" in str(error),
    )


@tf.function
def doubled(x, index):
    unused = tf.gather(x, index)  # nothing needs its result  # noqa: F841
    return x * 2.0


options = tf.config.optimizer.get_experimental_options()
tf.config.optimizer.set_experimental_options({"disable_meta_optimizer": True})
try:  # Grappler off: the graph is run as traced
    print("graph, Grappler off:", doubled(values, tf.constant(5)).numpy())
finally:
    tf.config.optimizer.set_experimental_options(options)
graph = doubled.get_concrete_function(values, tf.constant(5)).graph
print(
    "GatherV2 in the graph:",
    "GatherV2" in [op.type for op in graph.get_operations()],
)
