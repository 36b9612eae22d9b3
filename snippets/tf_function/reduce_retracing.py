import tensorflow as tf


@tf.function(reduce_retracing=True)
def total(x):
    print("tracing for", x.shape)
    return tf.reduce_sum(x)


for length in [1, 2, 3, 4]:
    total(tf.ones([length]))
print("traces:", total.experimental_get_tracing_count())


@tf.function(reduce_retracing=True)
def total_any_rank(x):
    print("tracing for", x.shape)
    return tf.reduce_sum(x)


for shape in [[2], [2, 2], [2, 2, 2]]:  # the rank changes, not only the sizes
    total_any_rank(tf.ones(shape))
print("traces:", total_any_rank.experimental_get_tracing_count())


@tf.function(reduce_retracing=True)
def plus_one(x):
    return x + 1


# Python floats are still baked into each trace
for value in [1.0, 2.0, 3.0, 4.0]:
    plus_one(value)
print("traces with Python floats:", plus_one.experimental_get_tracing_count())
