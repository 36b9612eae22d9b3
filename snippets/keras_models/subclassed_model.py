import warnings

import keras
import numpy as np

layers = keras.layers


class DigitsCNN(keras.Model):
    """The same network, with the layers made in __init__ and wired in call."""

    def __init__(self, filters=32, dropout=0.25, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = layers.Conv2D(
            filters, 3, padding="same", activation="relu"
        )
        self.norm1 = layers.BatchNormalization(momentum=0.9)
        self.pool = layers.MaxPooling2D()
        self.conv2 = layers.Conv2D(
            2 * filters, 3, padding="same", activation="relu"
        )
        self.norm2 = layers.BatchNormalization(momentum=0.9)
        self.global_pool = layers.GlobalAveragePooling2D()
        self.hidden = layers.Dense(64, activation="relu")
        self.dropout = layers.Dropout(dropout)
        self.classifier = layers.Dense(10, activation="softmax")

    def call(self, images, training=None):
        x = self.norm1(self.conv1(images), training=training)
        x = self.pool(x)
        x = self.norm2(self.conv2(x), training=training)
        x = self.hidden(self.global_pool(x))
        return self.classifier(self.dropout(x, training=training))


keras.utils.set_random_seed(0)
subclassed = DigitsCNN(name="digits_subclassed")
try:
    subclassed.count_params()
except ValueError as error:
    print(
        type(error).__name__,
        "| not built:",
        "the layer isn't built" in str(error),
    )
# the first call creates the weights
subclassed(np.zeros((1, 8, 8, 1), dtype="float32"))
print(f"parameters after one call: {subclassed.count_params():,}")

unbuilt = DigitsCNN()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    unbuilt.build((None, 8, 8, 1))  # DigitsCNN has no build method of its own
warned = "does not have a `build()` method" in str(caught[0].message)
print(
    "after build(input_shape):",
    unbuilt.count_params(),
    "parameters | warned:",
    warned,
)
