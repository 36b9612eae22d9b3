import tensorflow as tf


@tf.function
def grow(n):
    x = tf.constant([0])
    for i in tf.range(n):
        # x may change its length; it stays a vector of int32
        tf.autograph.experimental.set_loop_options(
            shape_invariants=[(x, tf.TensorShape([None]))]
        )
        x = tf.concat([x, [i + 1]], axis=0)
    return x


print(grow(tf.constant(3)).numpy())
print("static shape:", grow.get_concrete_function(tf.constant(3)).output_shapes)


@tf.function
def count_up(limit):
    i = tf.constant(0)
    while i < limit:
        tf.autograph.experimental.set_loop_options(maximum_iterations=5)
        i += 1
    return i


print("stopped at:", int(count_up(tf.constant(100))))
