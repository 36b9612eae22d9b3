import warnings

import tensorflow as tf


@tf.function
def double(x):
    # EagerTensor only when run eagerly
    print("Python ran, x is", type(x).__name__)
    return 2 * x


# every tf.function now runs as plain Python
tf.config.run_functions_eagerly(True)
try:
    for i in range(2):
        double(tf.constant(i))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Dataset.map traces its function anyway: the switch does not reach
        # tf.data.
        dataset = tf.data.Dataset.range(1).map(
            lambda x: (print("map sees", type(x).__name__), x)[1]
        )
    print(
        "warned, not for tf.data:",
        any("does not apply to tf.data" in str(w.message) for w in caught),
    )
finally:
    # back to graphs, even if the debugging code raised
    tf.config.run_functions_eagerly(False)
for i in range(2):
    double(tf.constant(i))
print("graphs again:", not tf.config.functions_run_eagerly())
