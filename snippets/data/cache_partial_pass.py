import tensorflow as tf

calls = tf.Variable(0, dtype=tf.int64)


def expensive(x):
    calls.assign_add(1)
    return x * x


cached = tf.data.Dataset.range(5).map(expensive).cache()  # in memory
print("first pass, take(2):", [int(x) for x in cached.take(2)])
print("full pass:", [int(x) for x in cached])
# 2 + 5: the partial pass cached nothing
print("map ran", int(calls.numpy()), "times")
print(
    "third pass:",
    [int(x) for x in cached],
    "| map ran",
    int(calls.numpy()),
    "times",
)
