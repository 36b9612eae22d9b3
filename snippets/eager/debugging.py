import tensorflow as tf


def normalize(x):
    mean = tf.reduce_mean(x)
    spread = tf.math.reduce_std(x)
    # plain print works in eager mode
    print("mean:", mean.numpy(), "std:", spread.numpy())
    return (x - mean) / spread


print(normalize(tf.constant([1.0, 2.0, 3.0, 4.0])).numpy().round(4))

# std is 0, so this divides 0 by 0
flat = normalize(tf.constant([5.0, 5.0, 5.0]))
try:
    tf.debugging.check_numerics(flat, message="normalize() output")
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        "| names the tensor:",
        "normalize() output" in error.message,
    )
