import tensorflow as tf


def normalise(x):
    mean = tf.reduce_mean(x)
    spread = tf.math.reduce_std(x)
    print("mean:", mean.numpy(), "std:", spread.numpy())  # plain print works in eager mode
    return (x - mean) / spread


print(normalise(tf.constant([1.0, 2.0, 3.0, 4.0])).numpy().round(4))

flat = normalise(tf.constant([5.0, 5.0, 5.0]))  # std is 0, so this divides 0 by 0
try:
    tf.debugging.check_numerics(flat, message="normalise() output")
except tf.errors.InvalidArgumentError as error:
    print("InvalidArgumentError:", error.message.split("}} ")[-1].split(" [Op")[0])
