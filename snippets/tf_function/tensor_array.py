import tensorflow as tf


@tf.function
def running_totals(values):
    # one slot per step
    totals = tf.TensorArray(tf.float32, size=tf.size(values))
    total = tf.constant(0.0)
    for i in tf.range(tf.size(values)):
        total += values[i]
        # write returns the array to use from now on
        totals = totals.write(i, total)
    return totals.stack()  # one tensor of shape (n,)


print(running_totals(tf.constant([1.0, 2.0, 3.0, 4.0])).numpy())


@tf.function
def running_totals_list(values):
    totals, total = [], tf.constant(0.0)
    for i in tf.range(tf.size(values)):
        total += values[i]
        totals.append(total)  # a Python list cannot grow inside a graph loop
    return tf.stack(totals)


try:
    running_totals_list(tf.constant([1.0, 2.0]))
except ValueError as error:  # InaccessibleTensorError, a ValueError
    print(type(error).__name__, "| out of scope:", "out of scope" in str(error))
