import numpy as np
import tensorflow as tf


@tf.function
def normalize(x):
    mean, variance = tf.nn.moments(x, axes=[0])
    return (x - mean) / tf.sqrt(variance + 1e-6)


concrete = normalize.get_concrete_function(tf.TensorSpec([None, 3], tf.float32))
print(concrete.structured_input_signature)
print(concrete.structured_outputs)
print(sorted({op.type for op in concrete.graph.get_operations()}))

batch = tf.constant([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
print(np.round(concrete(batch).numpy(), 4))
# The error type and message are TensorFlow 2.21's; other versions may differ.
# The page prints them to show what happens; do not make a program depend on the
# text.
try:
    concrete(tf.constant([[1, 2, 3]]))  # a concrete function never retraces
except tf.errors.InvalidArgumentError as error:
    # The message names the function's internal id, which varies: test for the
    # phrase.
    print(
        type(error).__name__,
        "| expected float:",
        "expected to be a float tensor" in error.message,
    )
