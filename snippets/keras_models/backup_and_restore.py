import os
import tempfile

import keras

from tfguide.data import split_digits

(train_images, train_labels), _ = split_digits()


class Crash(keras.callbacks.Callback):
    """Stands in for a power cut: stops the run after the second epoch."""

    def on_epoch_end(self, epoch, logs=None):
        if epoch == 1:
            raise RuntimeError("the machine went down")


def make_model():
    keras.utils.set_random_seed(0)
    net = keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    net.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return net


# one folder per training job
backup_dir = os.path.join(tempfile.mkdtemp(), "backup")
# saves at the end of each epoch
backup = keras.callbacks.BackupAndRestore(backup_dir=backup_dir)
try:
    make_model().fit(
        train_images,
        train_labels,
        epochs=4,
        batch_size=128,
        verbose=0,
        callbacks=[backup, Crash()],
    )
except RuntimeError as error:
    print("RuntimeError:", error)
print("in the backup folder:", sorted(os.listdir(backup_dir)))

resumed = make_model()  # a fresh process would start here, with the same code
history = resumed.fit(
    train_images,
    train_labels,
    epochs=4,
    batch_size=128,
    verbose=0,
    callbacks=[backup],
)
print("epochs run after the restart:", [epoch + 1 for epoch in history.epoch])
print(
    "optimizer steps:",
    int(resumed.optimizer.iterations),
    "| backup kept:",
    os.path.exists(backup_dir),
)
