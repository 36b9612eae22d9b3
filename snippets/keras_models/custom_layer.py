import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tfguide")
class Linear(keras.layers.Layer):
    """A fully connected layer written by hand.

    Computes activation(inputs @ kernel + bias).
    """

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        # Runs once, on the first call: only now is the size of the last axis
        # known.
        self.kernel = self.add_weight(
            shape=(input_shape[-1], self.units),
            initializer="glorot_uniform",
            name="kernel",
        )
        self.bias = self.add_weight(
            shape=(self.units,), initializer="zeros", name="bias"
        )

    def call(self, inputs):
        return self.activation(ops.matmul(inputs, self.kernel) + self.bias)

    def get_config(self):
        # Everything __init__ needs to make this layer again (the weights are
        # saved apart).
        config = super().get_config()
        config.update(
            units=self.units,
            activation=keras.activations.serialize(self.activation),
        )
        return config


layers = keras.layers
keras.utils.set_random_seed(0)
inputs = keras.Input(shape=(8, 8, 1), name="image")
x = layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
x = layers.BatchNormalization(momentum=0.9)(x)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
x = layers.BatchNormalization(momentum=0.9)(x)
x = layers.GlobalAveragePooling2D()(x)
x = Linear(64, activation="relu", name="hidden")(x)
x = layers.Dropout(0.25)(x)
outputs = Linear(10, activation="softmax", name="probabilities")(x)
custom_model = keras.Model(inputs, outputs, name="digits_custom")

hidden = custom_model.get_layer("hidden")
print([weight.path for weight in hidden.weights])
print(f"parameters: {custom_model.count_params():,}")
print("registered as:", keras.saving.get_registered_name(Linear))
