import numpy as np
import tensorflow as tf


def sentences():
    """Yield (token ids, label): made-up sequences of different lengths."""
    rng = np.random.default_rng(0)
    for index in range(5):
        length = int(rng.integers(1, 6))
        yield rng.integers(1, 100, size=length).astype(np.int32), index % 2


signature = (
    tf.TensorSpec(shape=(None,), dtype=tf.int32),  # a vector of any length
    tf.TensorSpec(shape=(), dtype=tf.int32),  # a scalar
)
tokens = tf.data.Dataset.from_generator(sentences, output_signature=signature)
print(tokens.element_spec)
print(
    "cardinality:",
    int(tokens.cardinality()),
    "== UNKNOWN:",
    int(tokens.cardinality()) == tf.data.UNKNOWN_CARDINALITY,
)
for ids, label in tokens:
    print(ids.numpy(), int(label))


def wrong_shape():
    # a matrix where the signature says a vector
    yield np.zeros((2, 2), np.int32), 0


# no error yet
bad = tf.data.Dataset.from_generator(wrong_shape, output_signature=signature)
try:
    next(iter(bad))
except tf.errors.InvalidArgumentError as error:
    message = error.message
    print(
        type(error).__name__, "| TypeError in message:", "TypeError" in message
    )
    print(message[message.index("`generator` yielded") :].split(".")[0])
