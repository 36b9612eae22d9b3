import tensorflow as tf


@tf.function(jit_compile=True)
def as_labels(x):
    return tf.strings.as_string(x)  # string ops have no XLA kernels


# The error type and message are TensorFlow 2.21's; other versions may differ.
# The page prints them to show what happens; do not make a program depend on the
# text.
try:
    as_labels(tf.constant([1.0, 2.0]))
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        "| unsupported:",
        "Detected unsupported operations" in error.message,
    )
    print("names AsString:", "AsString" in error.message)

print(tf.function(as_labels.python_function)(tf.constant([1.0, 2.0])).numpy())
