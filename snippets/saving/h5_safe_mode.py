"""safe_mode also guards the legacy .h5 format in Keras 3.15."""

import keras

inputs = keras.Input((3,))
doubler = keras.Model(inputs, keras.layers.Lambda(lambda x: x * 2)(inputs))
doubler.save("doubler.h5")
try:
    keras.models.load_model("doubler.h5", compile=False)
except ValueError as error:
    print(".h5, default safe_mode: ValueError:", str(error).split(".")[0])
# never compiled: compile=False loads it as it is
trusted = keras.models.load_model("doubler.h5", compile=False, safe_mode=False)
print(".h5, safe_mode=False:", type(trusted).__name__)
