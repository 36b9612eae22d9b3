import tensorflow as tf

column = tf.constant([[1], [2], [3]])  # shape (3, 1)
row = tf.constant([[10, 20, 30, 40]])  # shape (1, 4)
table = column + row  # both stretch to (3, 4)
print(table.shape)
print(table.numpy())

# a row against every row
print((tf.ones((2, 3)) * tf.constant([1.0, 2.0, 3.0])).numpy())

try:
    tf.constant([1, 2, 3]) + tf.constant([1, 2, 3, 4])
except tf.errors.InvalidArgumentError as error:
    # The message starts with the device's name, which varies: test for the
    # phrase.
    print(
        type(error).__name__,
        "| Incompatible shapes:",
        "Incompatible shapes" in error.message,
    )
