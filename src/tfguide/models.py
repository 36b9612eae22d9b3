"""Model builders that several chapters share."""

from __future__ import annotations

import keras

from tfguide.data import IMAGE_SHAPE, NUM_CLASSES


def build_digits_cnn(
    filters: int = 32, dropout: float = 0.25, name: str = "digits_cnn"
) -> keras.Sequential:
    """Build the small convolutional network the chapters train on the 8x8
    digits.

    ``Conv2D`` -> ``BatchNormalization`` -> ``MaxPooling2D`` -> ``Conv2D`` ->
    ``BatchNormalization`` -> ``GlobalAveragePooling2D`` -> ``Dense`` ->
    ``Dropout`` -> ``Dense`` with a softmax over the 10 classes. It is not
    compiled. Batch normalisation uses ``momentum=0.9`` rather than Keras' 0.99:
    an epoch of the digits has only about 20 batches, and the slower moving
    averages would lag the weights for many epochs.

    Args:
        filters: filters of the first convolution (the second has twice as
            many), at least 1.
        dropout: dropout rate before the output layer, in ``[0, 1)``.
        name: the model's name.

    Returns:
        A ``keras.Sequential`` taking ``(batch, 8, 8, 1)`` float32 images and
        returning ``(batch, 10)`` class probabilities.

    Raises:
        TypeError: if ``filters`` is not an int or ``dropout`` not a number.
        ValueError: if ``filters`` is below 1 or ``dropout`` outside ``[0, 1)``.
    """
    if isinstance(filters, bool) or not isinstance(filters, int):
        raise TypeError(f"filters must be an int, got {type(filters).__name__}")
    if filters < 1:
        raise ValueError(f"filters must be at least 1, got {filters}")
    if isinstance(dropout, bool) or not isinstance(dropout, (int, float)):
        raise TypeError(
            f"dropout must be a number, got {type(dropout).__name__}"
        )
    if not 0.0 <= dropout < 1.0:
        raise ValueError(f"dropout must be in [0, 1), got {dropout}")
    layers = keras.layers
    return keras.Sequential(
        [
            keras.Input(shape=IMAGE_SHAPE, name="image"),
            layers.Conv2D(filters, 3, padding="same", activation="relu"),
            layers.BatchNormalization(momentum=0.9),
            layers.MaxPooling2D(),
            layers.Conv2D(2 * filters, 3, padding="same", activation="relu"),
            layers.BatchNormalization(momentum=0.9),
            layers.GlobalAveragePooling2D(),
            layers.Dense(64, activation="relu"),
            layers.Dropout(dropout),
            layers.Dense(
                NUM_CLASSES, activation="softmax", name="probabilities"
            ),
        ],
        name=name,
    )
