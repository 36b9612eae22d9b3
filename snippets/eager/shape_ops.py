import tensorflow as tf

x = tf.reshape(tf.range(6), (2, 3))
print("x:", x.numpy().tolist())

# reshape keeps the elements in row-major order; -1 means "what is left"
print("reshape (3, 2):", tf.reshape(x, (3, 2)).numpy().tolist())
print("transpose:     ", tf.transpose(x).numpy().tolist())
print("reshape (-1,): ", tf.reshape(x, (-1,)).shape)

# a new axis of size 1: three spellings of the same thing
print(
    "expand_dims:",
    tf.expand_dims(x, axis=-1).shape,
    x[..., tf.newaxis].shape,
    x[:, :, None].shape,
)

# squeeze with no axis drops every size-1 axis, the batch axis too
one_example = tf.zeros((1, 5, 1))  # a batch of one sequence of 5 values
print("squeeze():       ", tf.squeeze(one_example).shape)
print("squeeze(axis=-1):", tf.squeeze(one_example, axis=-1).shape)

# concat joins along an existing axis, stack makes a new one
print("concat:", tf.concat([x, x], axis=0).shape)
print("stack: ", tf.stack([x, x], axis=0).shape)

for bad in (
    lambda: tf.reshape(x, (4, 2)),
    lambda: tf.squeeze(one_example, axis=1),
):
    try:
        bad()
    except tf.errors.InvalidArgumentError as error:
        # the message starts with the device's name: print only its middle
        reason = error.message.split("}} ")[-1].split(" [Op:")[0]
        print(type(error).__name__, "|", reason)
