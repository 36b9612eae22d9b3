import tensorflow as tf


@tf.function
def squares_python_range(n):
    total = tf.constant(0)
    for i in range(n):  # n is a Python int: the loop is unrolled while tracing
        total += i * i
    return total


@tf.function
def squares_tf_range(n):
    total = tf.constant(0)
    for i in tf.range(n):  # n is a tensor: one tf.while_loop in the graph
        total += i * i
    return total


print(f"{'n':>4}  {'sum':>9}  {'ops, range':>10}  {'ops, tf.range':>13}")
for n in [10, 100, 1000]:
    unrolled = squares_python_range.get_concrete_function(n)
    looped = squares_tf_range.get_concrete_function(tf.constant(n))
    result = squares_tf_range(tf.constant(n)).numpy()
    assert result == squares_python_range(n).numpy()
    ops_unrolled = len(unrolled.graph.get_operations())
    ops_looped = len(looped.graph.get_operations())
    print(f"{n:>4}  {result:>9}  {ops_unrolled:>10}  {ops_looped:>13}")
print(
    "traces with range:", squares_python_range.experimental_get_tracing_count()
)
print(
    "traces with tf.range:", squares_tf_range.experimental_get_tracing_count()
)
