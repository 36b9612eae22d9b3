import keras
import numpy as np
import tensorflow as tf

from tfguide.data import split_digits

(train_images, train_labels), _ = split_digits()
# a third element per example: its weight (3s count double here)
weights = np.where(train_labels == 3, 2.0, 1.0).astype("float32")
train = (
    tf.data.Dataset.from_tensor_slices(
        (train_images[:1200], train_labels[:1200], weights[:1200])
    )
    .shuffle(1200, seed=0)
    .repeat()  # endless: fit cannot tell where an epoch ends
    .batch(64)
)
validation = (
    tf.data.Dataset.from_tensor_slices(
        (train_images[1200:], train_labels[1200:])
    )
    .batch(64)
    .repeat()
)
print(
    "elements per batch:",
    len(train.element_spec),
    "| endless:",
    int(train.cardinality()) == tf.data.INFINITE_CARDINALITY,
)

keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
mlp.compile(
    optimizer=keras.optimizers.Adam(1e-2),
    loss="sparse_categorical_crossentropy",
    weighted_metrics=["accuracy"],  # metrics that see the weights
)
history = mlp.fit(
    train,
    steps_per_epoch=10,  # an "epoch" is now 10 batches
    epochs=4,
    validation_data=validation,
    # the validation set repeats too; each validation starts from its
    # beginning, so cover all 238 images: ceil(238 / 64) = 4 batches
    validation_steps=4,
    validation_freq=2,  # validate after epochs 2 and 4 only
    shuffle=False,
    verbose=0,
)
print({key: len(values) for key, values in history.history.items()})
print("steps:", int(mlp.optimizer.iterations))

# Without steps_per_epoch the first epoch never ends; a guard stops it.
guard = keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: setattr(
        mlp, "stop_training", batch + 1 >= 30
    )
)
history = mlp.fit(train, epochs=3, shuffle=False, verbose=0, callbacks=[guard])
print("no steps_per_epoch: epochs started", len(history.epoch), end="")
print(", steps in it", int(mlp.optimizer.iterations) - 40)
