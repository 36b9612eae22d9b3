# Continues snippets/custom_training/closure_traces_once.py (make_step).
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()  # 20 batches per epoch, shuffled each epoch
folder = tempfile.mkdtemp()


def new_training_state():
    """A fresh model, optimizer and data iterator, all in one checkpoint."""
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    optimizer = keras.optimizers.Adam(learning_rate=1e-3)
    optimizer.build(model.trainable_variables)
    iterator = iter(data.train)
    checkpoint = tf.train.Checkpoint(
        model=model, optimizer=optimizer, iterator=iterator
    )
    # save when the optimizer has taken 5 more steps than at the last save
    manager = tf.train.CheckpointManager(
        checkpoint,
        folder,
        max_to_keep=2,
        step_counter=optimizer.iterations,
        checkpoint_interval=5,
    )
    return model, optimizer, iterator, manager


model, optimizer, iterator, manager = new_training_state()
print("first run, restored:", manager.restore_or_initialize())
step = make_step(model, optimizer, keras.losses.SparseCategoricalCrossentropy())
seen = []
for _ in range(12):  # 12 of the 20 batches, then the machine is lost
    images, labels = next(iterator)
    seen.append(labels.numpy())
    step(images, labels)
    manager.save(check_interval=True)  # saves only every 5 steps
print("kept:", [os.path.basename(path) for path in manager.checkpoints])
original_next = next(iterator)[1].numpy()  # batch 13 of the first run

# The restarted script builds the same state and restores the latest save.
model, optimizer, iterator, manager = new_training_state()
print(
    "second run, restored:", os.path.basename(manager.restore_or_initialize())
)
done = int(optimizer.iterations)
print(f"restored at optimizer step {done}; the first run had taken 12")
images, labels = next(iterator)
print(
    f"next batch is batch {done + 1} of the first run:",
    np.array_equal(labels.numpy(), seen[done]),
)
print("batches left in the epoch:", 1 + sum(1 for _ in iterator))
fresh = iter(data.train)  # what a restart without the iterator state gets
print(
    f"a fresh iterator: next batch is batch {done + 1}:",
    np.array_equal(next(fresh)[1].numpy(), seen[done]),
    "| batches in it:",
    1 + sum(1 for _ in fresh),
)

# The iterator's state holds what its shuffle buffer holds.
path = manager.latest_checkpoint + ".data-00000-of-00001"
weights_only = tf.train.Checkpoint(model=model, optimizer=optimizer).save(
    os.path.join(folder, "weights")
)
# What the buffer holds at the save varies a little from run to run: print
# sizes as bounds.
with_iterator = os.path.getsize(path)
alone = os.path.getsize(weights_only + ".data-00000-of-00001")
print(
    "checkpoint with the iterator over 100 KiB:",
    with_iterator > 100 * 1024,
    "| model and optimizer alone under 20 KiB:",
    alone < 20 * 1024,
)
print(
    "the iterator's state makes it over 10 times larger:",
    with_iterator > 10 * alone,
)


def numbers():
    yield from range(10)


generated = iter(
    tf.data.Dataset.from_generator(
        numbers, output_signature=tf.TensorSpec((), tf.int32)
    )
)
next(generated)
try:
    tf.train.Checkpoint(iterator=generated).save(os.path.join(folder, "gen"))
except tf.errors.FailedPreconditionError as error:
    print(
        "from_generator: FailedPreconditionError, PyFunc is stateful:",
        "PyFunc is stateful" in str(error),
    )
del generated
