# Continues snippets/custom_training/closure_traces_once.py (make_step).
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
folder = tempfile.mkdtemp()


def new_training_state():
    """A fresh model, optimizer and epoch counter, tracked by one checkpoint."""
    model = build_digits_cnn()
    optimizer = keras.optimizers.Adam(learning_rate=3e-3)
    # its slot variables exist, so restore fills them at once
    optimizer.build(model.trainable_variables)
    epoch = tf.Variable(0, dtype=tf.int64, trainable=False)
    checkpoint = tf.train.Checkpoint(
        model=model, optimizer=optimizer, epoch=epoch
    )
    return model, optimizer, epoch, checkpoint


def train(model, optimizer, epoch, manager, epochs):
    step = make_step(
        model, optimizer, keras.losses.SparseCategoricalCrossentropy()
    )
    for _ in range(epochs):
        for images, labels in data.train:
            step(images, labels)
        epoch.assign_add(1)
        # files ckpt-<epoch>.index and .data-...
        manager.save(checkpoint_number=epoch)


model, optimizer, epoch, checkpoint = new_training_state()
manager = tf.train.CheckpointManager(checkpoint, folder, max_to_keep=2)
train(model, optimizer, epoch, manager, epochs=3)
print("kept:", [os.path.basename(path) for path in manager.checkpoints])

# Later, or in another process: the same structure, freshly built, then
# restored.
model2, optimizer2, epoch2, checkpoint2 = new_training_state()
manager2 = tf.train.CheckpointManager(checkpoint2, folder, max_to_keep=2)
status = checkpoint2.restore(manager2.latest_checkpoint)
# raises if anything in the file or in the objects was not matched
status.assert_consumed()
print("restored:", os.path.basename(manager2.latest_checkpoint))
print(
    "model weights equal:",
    all(
        np.array_equal(a, b)
        for a, b in zip(model.get_weights(), model2.get_weights())
    ),
)
print(
    f"optimizer state equal ({len(optimizer2.variables)} variables):",
    all(
        np.array_equal(a, b)
        for a, b in zip(optimizer.variables, optimizer2.variables)
    ),
)
print(
    f"resuming after epoch {int(epoch2)}, "
    f"optimizer step {int(optimizer2.iterations)}"
)

train(model2, optimizer2, epoch2, manager2, epochs=2)
print(
    f"now after epoch {int(epoch2)}, "
    f"optimizer step {int(optimizer2.iterations)}"
)
print("kept:", [os.path.basename(path) for path in manager2.checkpoints])

# An optimizer that is not built yet gets its values when it creates its
# variables.
model3 = build_digits_cnn()
# not built: no moment variables yet
optimizer3 = keras.optimizers.Adam(learning_rate=3e-3)
status3 = tf.train.Checkpoint(
    model=model3, optimizer=optimizer3, epoch=tf.Variable(0, dtype=tf.int64)
).restore(manager2.latest_checkpoint)
try:
    status3.assert_consumed()
except AssertionError as error:
    print("unbuilt optimizer: AssertionError,", str(error).split(" (root)")[0])
# creating the variables restores them (deferred restore)
optimizer3.build(model3.trainable_variables)
status3.assert_consumed()
print(
    "after build: optimizer step",
    int(optimizer3.iterations),
    "| state equal:",
    all(
        np.array_equal(a, b)
        for a, b in zip(optimizer2.variables, optimizer3.variables)
    ),
)
