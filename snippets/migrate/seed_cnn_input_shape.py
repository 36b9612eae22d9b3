import warnings

import keras

with warnings.catch_warnings(record=True) as caught:
    # record every warning, even one shown before
    warnings.simplefilter("always")
    # As TF 2.0-era tutorials wrote it:
    model = keras.Sequential(
        [
            keras.layers.Conv2D(
                32, 3, activation="relu", input_shape=(8, 8, 1)
            ),
            keras.layers.MaxPooling2D(),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
print("input shape:", model.input_shape, "| parameters:", model.count_params())
