import tensorflow as tf


@tf.function
def grow(n):
    x = tf.constant([0])
    for i in tf.range(n):
        x = tf.concat([x, [i]], axis=0)  # one element longer each time
    return x


@tf.function
def to_float(n):
    x = tf.constant(1)
    for _ in tf.range(n):
        x = tf.cast(x, tf.float32) * 2.0  # int32 before, float32 after
    return x


@tf.function
def add_pair(n):
    pair = (tf.constant(0),)
    for i in tf.range(n):
        pair = (pair[0], i)  # one tensor before, two after
    return pair


@tf.function
def read_before_set(n):
    for i in tf.range(n):
        if i > 0:
            total = total + i  # read before the loop gave it a value
        else:
            total = i
    return total


checks = [
    (grow, "shape (1,) before the loop, but shape (2,)"),
    (to_float, "dtype int32 before the loop, but dtype float32"),
    (add_pair, "does not have the same nested structure"),
    (read_before_set, "'total' must be defined before the loop"),
]
for function, phrase in checks:
    try:
        function(tf.constant(3))
    except (ValueError, TypeError) as error:
        name, found = type(error).__name__, phrase in str(error)
        print(f"{function.__name__:15} {name:10} | {phrase}: {found}")


@tf.function
def last_value(n):
    for i in tf.range(n):
        last = i  # defined only inside the loop
    return last


print("last_value(3):", int(last_value(tf.constant(3))))
try:
    last_value(tf.constant(0))
except tf.errors.InvalidArgumentError as error:
    print(
        "last_value(0):",
        type(error).__name__,
        "loop must iterate at least once" in str(error),
    )
