import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
def mean_square(x):
    print("tracing for", x.shape)
    return tf.reduce_mean(x * x)


for length in [1, 3, 5]:
    print(f"{mean_square(tf.range(length, dtype=tf.float32)).numpy():.4f}")
print("traces:", mean_square.experimental_get_tracing_count())

# The error type and message are TensorFlow 2.21's; other versions may differ.
# The page prints them to show what happens; do not make a program depend on the
# text.
try:
    mean_square(tf.constant([1, 2]))  # int32 does not fit the signature
except TypeError as error:
    print(type(error).__name__, "| Can not cast:", "Can not cast" in str(error))
