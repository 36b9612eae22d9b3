import math
import warnings

import keras
import numpy as np

from tfguide.data import split_digits


class DigitBatches(keras.utils.PyDataset):
    """Batches of digits in a new random order each epoch."""

    def __init__(self, images, labels, batch_size, seed=0, **kwargs):
        super().__init__(**kwargs)  # workers, use_multiprocessing, ...
        self.images, self.labels = images, labels
        self.batch_size = batch_size
        self.rng = np.random.default_rng(seed)
        self.order = self.rng.permutation(len(images))

    def __len__(self):  # batches per epoch
        return math.ceil(len(self.images) / self.batch_size)

    def __getitem__(self, index):  # one batch: (inputs, targets)
        start = index * self.batch_size
        rows = self.order[start : start + self.batch_size]
        return self.images[rows], self.labels[rows]

    def on_epoch_end(self):  # fit calls it after each epoch
        self.rng.shuffle(self.order)


(train_images, train_labels), _ = split_digits()
batches = DigitBatches(train_images, train_labels, batch_size=64)
print("batches:", len(batches), "| first:", batches[0][0].shape)

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
)
mlp.fit(batches, epochs=2, verbose=0)
print("steps in 2 epochs:", int(mlp.optimizer.iterations))

try:  # Keras 2's place for it
    mlp.fit(batches, epochs=1, workers=2, verbose=0)
except TypeError as error:
    print("fit(workers=2): TypeError |", "unexpected keyword" in str(error))


class NoSuperInit(keras.utils.PyDataset):
    def __init__(self, images, labels):  # no super().__init__()
        self.images, self.labels = images, labels

    def __len__(self):
        return 1

    def __getitem__(self, index):
        return self.images[:64], self.labels[:64]


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    _ = NoSuperInit(train_images, train_labels).workers  # as fit reads it
print(
    "without super().__init__: warned:",
    any("super().__init__(**kwargs)" in str(w.message) for w in caught),
)
