import tempfile
import time
from pathlib import Path

import tensorflow as tf
from tensorflow.python.framework import config as tf_config
from tensorflow.tsl.profiler.protobuf import xplane_pb2


def slow_read(batch):  # stands for storage: 30 ms per batch
    time.sleep(0.03)
    return batch


def stand_in_step(batch):  # stands for a 60 ms step on an accelerator
    time.sleep(0.06)
    return batch


@tf.function
def train_step(batch):
    return tf.py_function(stand_in_step, [batch], tf.int64)


def profile(dataset, steps=5):
    batches = iter(dataset)
    train_step(next(batches))  # trace before recording
    logdir = tempfile.mkdtemp()
    tf.profiler.experimental.start(logdir)
    for number in range(steps):
        with tf.profiler.experimental.Trace("train", step_num=number, _r=1):
            train_step(next(batches))
    tf.profiler.experimental.stop()
    return next(Path(logdir).rglob("*.xplane.pb"))


def input_share(path):
    """Fraction of the step time spent waiting in IteratorGetNext."""
    space = xplane_pb2.XSpace.FromString(path.read_bytes())
    host = next(plane for plane in space.planes if plane.name == "/host:CPU")
    names = {key: meta.name for key, meta in host.event_metadata.items()}
    total = {"train": 0, "IteratorGetNextOp::DoCompute": 0}
    for line in host.lines:
        for event in line.events:
            if names[event.metadata_id] in total:
                total[names[event.metadata_id]] += event.duration_ps
    return total["IteratorGetNextOp::DoCompute"] / total["train"]


def waits_for_input(dataset):
    options = tf.data.Options()
    # both off, so that "no prefetch" reads while the step waits
    options.experimental_optimization.inject_prefetch = False
    options.experimental_optimization.map_parallelization = False
    share = input_share(profile(dataset.with_options(options)))
    return share > 0.2  # over a fifth of each step spent waiting


reads = (
    tf.data.Dataset.range(64)
    .batch(2)
    .map(lambda batch: tf.py_function(slow_read, [batch], tf.int64))
)
print("input-bound without prefetch:", waits_for_input(reads))

tf.config.experimental.enable_op_determinism()  # as earlier on this page
print("prefetch(2), determinism on:", waits_for_input(reads.prefetch(2)))

# Not public API: TensorFlow 2.21 exports no way to switch determinism off.
tf_config.disable_op_determinism()
print("prefetch(2), determinism off:", waits_for_input(reads.prefetch(2)))
tf.config.experimental.enable_op_determinism()  # back on for the rest
