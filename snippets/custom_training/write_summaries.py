# Continues snippets/custom_training/closure_traces_once.py (make_step).
import tempfile

import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
logdir = tempfile.mkdtemp()  # point `tensorboard --logdir` here
writer = tf.summary.create_file_writer(logdir)

model = build_digits_cnn()
optimizer = keras.optimizers.Adam(learning_rate=3e-3)
accuracy = keras.metrics.SparseCategoricalAccuracy()
step = make_step(
    model,
    optimizer,
    keras.losses.SparseCategoricalCrossentropy(),
    metrics=(accuracy,),
)
# summaries written inside go to this writer's event file
with writer.as_default():
    for epoch in range(1, 4):
        accuracy.reset_state()
        losses = [step(images, labels) for images, labels in data.train]
        tf.summary.scalar("epoch/loss", tf.reduce_mean(losses), step=epoch)
        tf.summary.scalar("epoch/accuracy", accuracy.result(), step=epoch)
writer.flush()
