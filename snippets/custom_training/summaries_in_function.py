import os
import tempfile

import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
model = build_digits_cnn()
optimizer = keras.optimizers.Adam(learning_rate=3e-3)
optimizer.build(model.trainable_variables)
loss_fn = keras.losses.SparseCategoricalCrossentropy()
step_logdir = tempfile.mkdtemp()
writer = tf.summary.create_file_writer(step_logdir)


@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True)) + sum(model.losses)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    # a variable: read when the graph runs, not when it is traced
    step = optimizer.iterations
    # The writer is set as the default inside the function, so every trace
    # contains it.
    # a tensor condition, checked at every call
    with writer.as_default(), tf.summary.record_if(step % 5 == 0):
        tf.summary.scalar("batch/loss", loss, step=step)
        tf.summary.scalar(
            "batch/gradient_norm", tf.linalg.global_norm(grads), step=step
        )
    return loss


for images, labels in data.train:  # one epoch: 20 steps
    train_step(images, labels)
writer.flush()

(event_file,) = os.listdir(step_logdir)
steps = {}
for record in tf.data.TFRecordDataset(os.path.join(step_logdir, event_file)):
    event = tf.compat.v1.Event.FromString(record.numpy())
    for value in event.summary.value:
        steps.setdefault(value.tag, []).append(event.step)
print("traces:", train_step.experimental_get_tracing_count())
for tag, logged in steps.items():
    print(f"{tag:19} logged at steps {logged}")

# The trap: a function traced while no writer is the default has no summary ops
# in its graph.
trap_logdir = tempfile.mkdtemp()
trap_writer = tf.summary.create_file_writer(trap_logdir)


@tf.function
def log_sum(x):
    tf.summary.scalar("sum", tf.reduce_sum(x), step=1)


log_sum(tf.zeros([2]))  # traced here, with no default writer
with trap_writer.as_default():
    log_sum(tf.zeros([2]))  # the same trace: writes nothing
    log_sum(tf.zeros([3]))  # a new shape, traced inside the with: writes
trap_writer.flush()
(trap_file,) = os.listdir(trap_logdir)
records = [
    tf.compat.v1.Event.FromString(r.numpy())
    for r in tf.data.TFRecordDataset(os.path.join(trap_logdir, trap_file))
]
print(
    "calls inside the with: 2 | records written:",
    sum(len(event.summary.value) for event in records),
)
