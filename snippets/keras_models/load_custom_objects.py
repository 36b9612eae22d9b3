import os
import tempfile

import keras


class Scale(keras.layers.Layer):  # not registered
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, inputs):
        return inputs * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


scaled = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        Scale(2.0),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
scaled.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
scaled.optimizer.build(scaled.trainable_variables)  # as after training
path = os.path.join(tempfile.mkdtemp(), "scaled.keras")
scaled.save(path)

try:
    keras.models.load_model(path)
except TypeError as error:
    print("TypeError |", "Could not locate class 'Scale'" in str(error))

loaded = keras.models.load_model(path, custom_objects={"Scale": Scale})
print(
    "custom_objects:", type(loaded.layers[0]).__name__, loaded.layers[0].factor
)
with keras.saving.custom_object_scope({"Scale": Scale}):
    # compile=False: the layers and weights, no optimizer or loss
    for_inference = keras.models.load_model(path, compile=False)
print("compile=False: compiled:", for_inference.compiled)
