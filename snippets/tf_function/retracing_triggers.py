import tensorflow as tf


@tf.function
def double(x):
    return x * 2


calls = [
    ("float32 scalar tensor 1.0", tf.constant(1.0)),
    ("float32 scalar tensor 2.0", tf.constant(2.0)),
    ("float32 tensor, shape (2,)", tf.constant([1.0, 2.0])),
    ("int32 scalar tensor 1", tf.constant(1)),
    ("Python float 3.0", 3.0),
    ("Python float 3.0 again", 3.0),
    ("tf.Variable, scalar", tf.Variable(1.0)),
    ("another tf.Variable, scalar", tf.Variable(5.0)),
]
for label, value in calls:
    before = double.experimental_get_tracing_count()
    double(value)
    traced = double.experimental_get_tracing_count() > before
    print(f"{label:27} {'new trace' if traced else 'reused'}")
print("traces:", double.experimental_get_tracing_count())
