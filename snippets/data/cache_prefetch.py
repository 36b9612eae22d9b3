import tensorflow as tf

calls = tf.Variable(0, dtype=tf.int64)  # counts how often the map function runs


def expensive(x):
    # stands for decoding or resizing: the same result every epoch
    calls.assign_add(1)
    # assign_add is a stateful op: under
    # tf.config.experimental.enable_op_determinism() it makes the whole pipeline
    # run serially, without prefetch. Keep counters out of real code.
    return x * x


squares = tf.data.Dataset.range(5).map(
    expensive, num_parallel_calls=tf.data.AUTOTUNE
)
for name, dataset in [("no cache", squares), ("cache", squares.cache())]:
    calls.assign(0)
    epochs = [[int(x) for x in dataset] for _ in range(3)]
    print(
        f"{name:8s}: {epochs[-1]},",
        f"map ran {int(calls.numpy())} times in 3 epochs",
    )

pipeline = (
    squares.cache().shuffle(5, seed=1).batch(2).prefetch(tf.data.AUTOTUNE)
)
print([batch.numpy().tolist() for batch in pipeline])
print(
    "experimental alias is the same value:",
    tf.data.experimental.AUTOTUNE == tf.data.AUTOTUNE,
)
