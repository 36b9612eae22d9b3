import warnings

import keras

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model = keras.Sequential(
        [
            # the input is declared first, not on a layer
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Conv2D(32, 3, activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
print("warnings:", len(caught))
print("input shape:", model.input_shape, "| parameters:", model.count_params())
