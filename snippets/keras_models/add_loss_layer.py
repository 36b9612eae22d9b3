import keras
import numpy as np
from keras import ops


class ActivityPenalty(keras.layers.Layer):
    """Passes its input on and adds rate * mean(input**2) to the loss."""

    def __init__(self, rate, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        self.add_loss(self.rate * ops.mean(ops.square(inputs)))
        return inputs


keras.utils.set_random_seed(0)
inputs = keras.Input(shape=(4,))
hidden = ActivityPenalty(0.1)(keras.layers.Dense(3)(inputs))
penalized = keras.Model(inputs, keras.layers.Dense(1)(hidden))
penalized.compile(optimizer="sgd", loss="mse")

x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
y = np.zeros((16, 1), "float32")
penalized(x)
penalized(x)  # each outer call replaces the losses of the one before
print("model.losses after two calls:", len(penalized.losses))
penalty = float(penalized.losses[0])
data_loss = float(ops.mean(ops.square(penalized(x) - y)))
total = penalized.evaluate(x, y, batch_size=16, verbose=0)
print(
    "evaluate's loss = mse + penalty:", np.isclose(total, data_loss + penalty)
)
