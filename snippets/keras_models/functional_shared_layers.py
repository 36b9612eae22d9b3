import keras
import numpy as np
from keras import layers, ops

from tfguide.data import split_digits

keras.utils.set_random_seed(0)
# A model used as a layer; calling it twice shares its weights.
encoder = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        layers.Flatten(),
        layers.Dense(32, activation="relu"),
    ],
    name="encoder",
)
left = keras.Input(shape=(8, 8, 1), name="left")
right = keras.Input(shape=(8, 8, 1), name="right")
left_code, right_code = encoder(left), encoder(right)
distance = ops.abs(left_code - right_code)  # keras.ops on symbolic tensors
same = layers.Dense(1, activation="sigmoid", name="same")(distance)
left_digit = layers.Dense(10, activation="softmax", name="left_digit")(
    left_code
)
pairs = keras.Model(
    inputs={"left": left, "right": right},
    outputs={"same": same, "left_digit": left_digit},
    name="pairs",
)
print("layers:", [layer.name for layer in pairs.layers])
print(
    f"parameters: {pairs.count_params():,}",
    f"| of them in the shared encoder: {encoder.count_params():,}",
)

(train_images, train_labels), (test_images, test_labels) = split_digits()
partner = np.random.default_rng(0).permutation(len(train_images))
pairs.compile(
    optimizer=keras.optimizers.Adam(1e-2),
    loss={
        "same": "binary_crossentropy",
        "left_digit": "sparse_categorical_crossentropy",
    },
    metrics={"left_digit": ["accuracy"]},
)
history = pairs.fit(
    {"left": train_images, "right": train_images[partner]},  # by input name
    {
        "same": (train_labels == train_labels[partner]).astype("float32"),
        "left_digit": train_labels,
    },
    epochs=2,
    batch_size=64,
    verbose=0,
)
print("logged:", sorted(history.history))

try:
    keras.Model(left, same)  # same also needs right
except ValueError as error:
    print("ValueError |", "is not connected to `inputs`" in str(error))
try:
    pairs.predict({"left": test_images, "rigth": test_images}, verbose=0)
except ValueError as error:
    print("ValueError |", 'Missing data for input "right"' in str(error))
