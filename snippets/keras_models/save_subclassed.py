import keras
import numpy as np

layers = keras.layers


@keras.saving.register_keras_serializable(package="tfguide")
class DigitsMLP(keras.Model):
    """A subclassed model with a constructor argument."""

    def __init__(self, hidden=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden
        self.flatten = layers.Flatten()
        self.dense = layers.Dense(hidden, activation="relu")
        self.classifier = layers.Dense(10, activation="softmax")

    def call(self, images):
        return self.classifier(self.dense(self.flatten(images)))

    # the constructor's arguments, so Keras can call it again
    def get_config(self):
        return {**super().get_config(), "hidden": self.hidden}

    @classmethod
    def from_config(cls, config):  # the default does the same: cls(**config)
        return cls(**config)


keras.utils.set_random_seed(0)
mlp = DigitsMLP(hidden=32, name="digits_mlp")
images = np.random.default_rng(0).random((4, 8, 8, 1), dtype="float32")
mlp(images)  # build the weights
mlp.save("digits_mlp.keras")

restored = keras.models.load_model("digits_mlp.keras")
print(type(restored).__name__, "| hidden:", restored.hidden)
print("same predictions:", np.allclose(restored(images), mlp(images)))


class Unconfigured(keras.Model):  # no get_config: Keras makes one up
    def __init__(self, hidden=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden


print(
    "automatic config, built with hidden=32:",
    Unconfigured(hidden=32).get_config()["hidden"],
)


class UnconfiguredLayer(keras.layers.Layer):  # the same, as a Layer subclass
    def __init__(self, hidden=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden


print(
    "same for a Layer subclass:",
    UnconfiguredLayer(hidden=32).get_config()["hidden"],
)
