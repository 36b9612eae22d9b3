# Continues snippets/saving/train_module.py (train_images, test_images).
"""A layer whose state is not a weight: Keras saves it only through the
save_own_variables / load_own_variables hooks.
"""

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="saving_chapter")
class Standardize(keras.layers.Layer):
    """Scales each pixel by a mean and a spread that adapt() measures, kept as
    NumPy arrays rather than weights.
    """

    def build(self, input_shape):
        self.mean = np.zeros(input_shape[-1], "float32")
        self.spread = np.ones(input_shape[-1], "float32")

    def adapt(self, data):
        self.mean = data.mean(axis=0).astype("float32")
        self.spread = data.std(axis=0).astype("float32") + 1e-3

    def call(self, x):
        return (x - self.mean) / self.spread

    def save_own_variables(self, store):
        store["mean"] = self.mean
        store["spread"] = self.spread

    def load_own_variables(self, store):
        self.mean = np.array(store["mean"])
        self.spread = np.array(store["spread"])


@keras.saving.register_keras_serializable(package="saving_chapter")
class ForgetfulStandardize(Standardize):
    """The same layer with Keras's default hooks, which save weights only."""

    save_own_variables = keras.layers.Layer.save_own_variables
    load_own_variables = keras.layers.Layer.load_own_variables


flat_train = train_images.reshape(-1, 64)
flat_test = test_images.reshape(-1, 64)
for layer_class in (Standardize, ForgetfulStandardize):
    keras.utils.set_random_seed(0)
    scaler = layer_class()
    net = keras.Sequential([keras.Input((64,)), scaler, keras.layers.Dense(10)])
    scaler.adapt(flat_train)
    net.compile(optimizer="sgd", loss="mse")
    net.save("standardized.keras")
    back = keras.models.load_model("standardized.keras")
    # one small batch: call the models; predict() would trace a new function
    # for each of the four
    same = np.allclose(back(flat_test[:8]), net(flat_test[:8]), atol=1e-5)
    print(f"{layer_class.__name__:21} weights: {len(scaler.weights)}", end="")
    print(f" | same predictions after loading: {same}")

print("build config:", scaler.get_build_config())
print("compile config:", sorted(net.get_compile_config()))
print("reloaded compiled:", back.compiled, "| loss:", back.loss)
