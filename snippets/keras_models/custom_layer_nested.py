import keras
import numpy as np


class ResidualDense(keras.layers.Layer):
    """A layer made of two Dense layers, with a skip connection."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        # Sublayers assigned as attributes are tracked: their weights are
        # this layer's weights, and they are built on the first call.
        self.inner = keras.layers.Dense(units, activation="relu", name="inner")
        self.outer = keras.layers.Dense(units, name="outer")

    def call(self, inputs):
        return inputs + self.outer(self.inner(inputs))

    def get_config(self):
        return {**super().get_config(), "units": self.units}


class BatchCounter(keras.layers.Layer):
    """Counts the training calls in a weight that no gradient touches."""

    def build(self, input_shape):
        self.count = self.add_weight(
            shape=(), initializer="zeros", trainable=False, name="count"
        )

    def call(self, inputs, training=False):
        if training:
            self.count.assign_add(1.0)
        return inputs


block = ResidualDense(4, name="block")
block(np.ones((2, 4), "float32"))
print([weight.path for weight in block.trainable_weights])

counter = BatchCounter(name="counter")
for training in (True, True, False):
    counter(np.ones((2, 4), "float32"), training=training)
print(
    "trainable:",
    len(counter.trainable_weights),
    "| non-trainable:",
    [weight.path for weight in counter.non_trainable_weights],
    "| count:",
    float(counter.count.numpy()),
)
