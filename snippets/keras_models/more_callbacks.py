import os
import tempfile

import keras

from tfguide.data import split_digits

(train_images, train_labels), _ = split_digits()
keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
mlp.compile(
    optimizer=keras.optimizers.Adam(0.05),
    loss="sparse_categorical_crossentropy",
)

# a new, empty folder; in a project, a folder of its own
log_dir = tempfile.mkdtemp()
callbacks = [
    keras.callbacks.TensorBoard(log_dir=log_dir),  # event files for TensorBoard
    keras.callbacks.ReduceLROnPlateau(
        monitor="val_loss", factor=0.5, patience=1, min_delta=0.03, min_lr=0.01
    ),
]
history = mlp.fit(
    train_images,
    train_labels,
    validation_split=0.15,
    epochs=6,
    batch_size=128,
    callbacks=callbacks,
    verbose=0,
)
print(
    "learning rate per epoch:",
    [round(float(rate), 5) for rate in history.history["learning_rate"]],
)
print("log folders:", sorted(os.listdir(log_dir)))
