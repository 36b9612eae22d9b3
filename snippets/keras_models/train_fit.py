# Continues snippets/keras_models/sequential_model.py (digits_cnn).
import os
import tempfile

import keras
import tensorflow as tf

from tfguide.data import split_digits

keras.utils.set_random_seed(0)  # Python, NumPy and TensorFlow seeds at once
# optional, for repeatable runs only: process-wide, slower (see the text)
tf.config.experimental.enable_op_determinism()

(train_images, train_labels), (test_images, test_labels) = split_digits()
model = digits_cnn()  # the Sequential network defined above
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=3e-3),
    # integer labels, probabilities out
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=["accuracy"],
)

# a new, empty folder: nothing of yours is overwritten
checkpoints = tempfile.mkdtemp()
# one file, replaced at each improvement
best_path = os.path.join(checkpoints, "best.keras")
callbacks = [
    keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=3, restore_best_weights=True
    ),
    keras.callbacks.ModelCheckpoint(
        best_path, monitor="val_loss", save_best_only=True
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
print("in the checkpoint folder:", os.listdir(checkpoints))
# "auto" picks no XLA with op determinism on, nor on a CPU
print("XLA:", model.jit_compile)
