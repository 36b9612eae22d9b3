import tensorflow as tf


@tf.function
def first_above(values, limit):
    """Index of the first value above limit, or -1.

    `break` works in a graph loop.
    """
    found = tf.constant(-1)
    for i in tf.range(tf.size(values)):
        if values[i] > limit:
            found = i
            break
    return found


print("break:", first_above(tf.constant([1.0, 5.0, 7.0]), 4.0).numpy())


@tf.function
def sum_of_positives(values):
    """`continue` works too: it skips the rest of the body for that element."""
    total = tf.constant(0.0)
    for value in values:  # a loop over a tensor
        if value < 0:
            continue
        total += value
    return total


print("continue:", sum_of_positives(tf.constant([1.0, -5.0, 7.0])).numpy())


@tf.function
def first_above_return(values, limit):
    for i in tf.range(tf.size(values)):
        if values[i] > limit:
            return i  # a return inside a loop over a tensor range
    return tf.constant(-1)


try:
    first_above_return(tf.constant([1.0, 5.0, 7.0]), 4.0)
except NotImplementedError as error:
    print(
        type(error).__name__,
        "| return in the loop:",
        "return statement" in str(error),
    )


@tf.function
def doubled_if_positive(x):
    if x > 0:  # a tensor condition: both branches become a graph
        y = 2 * x
    return y  # undefined when the condition is false


try:
    doubled_if_positive(tf.constant(1.0))
except ValueError as error:
    print(
        type(error).__name__,
        "| y needs an else branch:",
        "must also be initialized in the else branch" in str(error),
    )
