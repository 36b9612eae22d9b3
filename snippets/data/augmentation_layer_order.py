import keras
import numpy as np

samples = np.random.default_rng(0).random((6, 8, 8, 1), dtype="float32")


def shift_each(order):
    """A fresh seeded layer shifts the images one call at a time."""
    layer = keras.layers.RandomTranslation(0.3, 0.3, seed=1)
    return {i: layer(samples[i : i + 1], training=True).numpy() for i in order}


forward = shift_each(range(6))
again = shift_each(range(6))
backward = shift_each(reversed(range(6)))
print(
    "same order, same shifts:",
    all(np.array_equal(forward[i], again[i]) for i in range(6)),
)
print(
    "other order, same shifts:",
    all(np.array_equal(forward[i], backward[i]) for i in range(6)),
)
