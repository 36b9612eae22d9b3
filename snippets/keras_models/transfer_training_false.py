import keras
import numpy as np

layers = keras.layers
keras.utils.set_random_seed(0)
inner = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(4), layers.BatchNormalization()]
)
inputs = keras.Input(shape=(4,))
outputs = layers.Dense(1)(inner(inputs, training=False))  # the keras.io recipe
outer = keras.Model(inputs, outputs)
outer.compile(optimizer="sgd", loss="mse")

x = np.random.default_rng(0).random((32, 4), dtype="float32")
before = inner.layers[1].moving_mean.numpy().copy()
# fit calls the model with training=True
outer.fit(x, x[:, :1], epochs=1, verbose=0)
print(
    "batch norm updated despite training=False:",
    not np.array_equal(before, inner.layers[1].moving_mean),
)


class Outer(keras.Model):  # the same model, subclassed
    def __init__(self, base, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.head = layers.Dense(1)

    def call(self, x, training=None):
        # plain Python: the flag is kept
        return self.head(self.base(x, training=False))


subclassed = Outer(inner)
subclassed.compile(optimizer="sgd", loss="mse")
before = inner.layers[1].moving_mean.numpy().copy()
subclassed.fit(x, x[:, :1], epochs=1, verbose=0)
print(
    "subclassed: batch norm updated:",
    not np.array_equal(before, inner.layers[1].moving_mean),
)
