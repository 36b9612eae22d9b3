import socket
import tempfile
from pathlib import Path

import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
model = build_digits_cnn()
loss_fn = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.optimizers.Adam(3e-3)


@tf.function
def step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


batches = iter(digits_datasets().train.repeat())
# trace first: the profile should show training, not tracing
step(*next(batches))

logdir = tempfile.mkdtemp()
tf.profiler.experimental.start(logdir)
for number in range(5):
    # marks a step
    with tf.profiler.experimental.Trace("train", step_num=number, _r=1):
        step(*next(batches))
tf.profiler.experimental.stop()

files = [
    path.relative_to(logdir)
    for path in Path(logdir).rglob("*")
    if path.is_file()
]
print("files written:", len(files))
# the run folder is named for the date and time, the file for the host
for path in files:
    kind = path.name.removeprefix(socket.gethostname())
    size = (Path(logdir) / path).stat().st_size
    print(
        f"{path.parts[0]}/{path.parts[1]}/<run>/<host>{kind}",
        "| not empty:",
        size > 0,
    )
