import tensorflow as tf


@tf.function
def scaled_sum(x):
    print("tracing scaled_sum for", x)  # plain Python: runs only while tracing
    return tf.reduce_sum(x) * 2.0


print(scaled_sum(tf.constant([1.0, 2.0])))
print(
    scaled_sum(tf.constant([3.0, 4.0]))
)  # same shape and dtype: the graph is reused
print(scaled_sum(tf.constant([1.0, 2.0, 3.0])))  # a new shape: traced again
print(scaled_sum.pretty_printed_concrete_signatures())  # one entry per trace
