import os
import shutil

import keras
import tensorflow as tf
from tfguide.data import split_digits
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)  # Python, NumPy and TensorFlow seeds at once
tf.config.experimental.enable_op_determinism()  # the same result from the same seed, but slower

(train_images, train_labels), (test_images, test_labels) = split_digits()
model = build_digits_cnn()  # the Sequential network built above
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=3e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(),  # integer labels, probabilities out
    metrics=["accuracy"],
)

checkpoints = "checkpoints"  # a folder in the working directory
shutil.rmtree(checkpoints, ignore_errors=True)  # start empty, so the count below is this run's
callbacks = [
    keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
    keras.callbacks.ModelCheckpoint(
        os.path.join(checkpoints, "epoch{epoch:02d}.keras"), monitor="val_loss", save_best_only=True
    ),
]
history = model.fit(
    train_images,
    train_labels,
    validation_split=0.15,  # the last 15% of the arrays, not shuffled first
    epochs=30,
    batch_size=64,
    callbacks=callbacks,
    verbose=0,  # no progress bars
)

early_stopping = callbacks[0]
print("epochs run:", len(history.epoch))
best_epoch = early_stopping.best_epoch + 1  # Keras counts epochs from 0
print(f"best epoch: {best_epoch} (val_loss {early_stopping.best:.4f})")
files = sorted(os.listdir(checkpoints))  # one file for each epoch that improved val_loss
print(f"checkpoints written: {len(files)}, the last: {files[-1]}")
print("XLA:", model.jit_compile)  # "auto" never picks XLA with op determinism on (nor on a CPU)
