import tensorflow as tf


@tf.function
def first_leaf(arg):
    return tf.nest.flatten(arg)[0]


a, b = tf.constant(1.0), tf.constant(2.0)
calls = [
    ("list [a, b]", [a, b]),
    ("list [b, a], other values", [b, a]),
    ("tuple (a, b)", (a, b)),
    ("list [a, b, a]", [a, b, a]),
    ("dict {'x': a, 'y': b}", {"x": a, "y": b}),
    ("dict {'y': b, 'x': a}", {"y": b, "x": a}),
    ("dict, int32 under 'y'", {"x": a, "y": tf.constant(1)}),
]
for label, value in calls:
    before = first_leaf.experimental_get_tracing_count()
    first_leaf(value)
    traced = first_leaf.experimental_get_tracing_count() > before
    print(f"{label:27} {'new trace' if traced else 'reused'}")


@tf.function
def add(u, w):
    return u + w


v1, v2 = tf.Variable(1.0), tf.Variable(2.0)
add(v1, v2)
add(v2, v1)  # other variables, same pattern: reused
add(v1, v1)  # one variable twice: a new trace
add(tf.Variable(3.0, trainable=False), v2)  # not trainable: a new trace
print("variable traces:", add.experimental_get_tracing_count())
for line in add.pretty_printed_concrete_signatures().splitlines():
    if "VariableSpec" in line:
        print(line.strip())
