import tensorflow as tf


@tf.function(jit_compile=True)
def as_labels(x):
    return tf.strings.as_string(x)  # string ops have no XLA kernels


try:
    as_labels(tf.constant([1.0, 2.0]))
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__, "| unsupported:", "Detected unsupported operations" in error.message)
    print("names AsString:", "AsString" in error.message)

print(tf.function(as_labels.python_function)(tf.constant([1.0, 2.0])).numpy())
