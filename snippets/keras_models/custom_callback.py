import keras

from tfguide.data import split_digits


class StopAtAccuracy(keras.callbacks.Callback):
    """Stops training once the validation accuracy reaches a target."""

    def __init__(self, target):
        super().__init__()
        self.target = target
        self.batch_losses = []

    def on_train_batch_end(self, batch, logs=None):
        self.batch_losses.append(logs["loss"])

    def on_epoch_end(self, epoch, logs=None):
        if logs["val_accuracy"] >= self.target:
            self.model.stop_training = True  # fit ends after this epoch


(train_images, train_labels), _ = split_digits()


def small_mlp(learning_rate):
    keras.utils.set_random_seed(0)
    mlp = keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    mlp.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return mlp


mlp = small_mlp(1e-2)
stopper = StopAtAccuracy(0.9)
history = mlp.fit(
    train_images,
    train_labels,
    validation_split=0.15,
    epochs=20,
    batch_size=128,  # 10 batches an epoch
    callbacks=[stopper],
    verbose=0,
)
accuracy = history.history["val_accuracy"]
print(f"stopped after epoch {len(history.epoch)}: reached 0.9:", end=" ")
print(accuracy[-1] >= 0.9, "| before:", max(accuracy[:-1]) >= 0.9)
print("batch logs:", len(stopper.batch_losses))
# logs["loss"] at a batch is the mean over the epoch so far:
print(
    "10th batch's logs['loss'] == epoch 1's loss:",
    stopper.batch_losses[9] == history.history["loss"][0],
)
