import keras
import numpy as np
import tensorflow as tf

from tfguide.data import split_digits

layers = keras.layers
keras.utils.set_random_seed(0)
# optional, for repeatable runs only: process-wide, slower (see below)
tf.config.experimental.enable_op_determinism()

# One trunk, two heads: the digit, and whether the digit is even.
image = keras.Input(shape=(8, 8, 1), name="image")
x = layers.Conv2D(32, 3, padding="same", activation="relu")(image)
x = layers.BatchNormalization(momentum=0.9)(x)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
x = layers.BatchNormalization(momentum=0.9)(x)
features = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(64, activation="relu")(features)
x = layers.Dropout(0.25)(x)
digit = layers.Dense(10, activation="softmax", name="digit")(x)
even = layers.Dense(1, activation="sigmoid", name="even")(x)
two_heads = keras.Model(image, {"digit": digit, "even": even}, name="two_heads")

two_heads.compile(
    optimizer=keras.optimizers.Adam(3e-3),
    loss={
        "digit": "sparse_categorical_crossentropy",
        "even": "binary_crossentropy",
    },
    loss_weights={"digit": 1.0, "even": 0.5},
    metrics={"digit": ["accuracy"], "even": ["binary_accuracy"]},
)
(train_x, train_y), (test_x, test_y) = split_digits()
targets = {"digit": train_y, "even": (train_y % 2 == 0).astype("float32")}
history = two_heads.fit(train_x, targets, epochs=5, batch_size=64, verbose=0)
print("logged:", sorted(history.history))

predicted = two_heads.predict(test_x, verbose=0)
print({name: value.shape for name, value in predicted.items()})
digit_acc = np.mean(predicted["digit"].argmax(axis=1) == test_y)
even_acc = np.mean((predicted["even"][:, 0] > 0.5) == (test_y % 2 == 0))
print(f"digit accuracy {digit_acc:.1%}, above 90%: {digit_acc > 0.9}")
print(f"even accuracy {even_acc:.1%}, above 90%: {even_acc > 0.9}")
