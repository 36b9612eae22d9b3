"""Seconds per epoch of a naive and a tuned tf.data pipeline over a simulated slow
loader.
"""  # noqa: E501

import argparse
import time

import tensorflow as tf

from tfguide.data import split_digits
from tfguide.timing import markdown_table, time_call

IMAGES = 512
# reading and decoding one image from storage: the same every epoch
LOAD_S = 0.002
AUGMENT_S = 0.015  # randomly augmenting one batch of 64: different every epoch
# one training step per batch, on an accelerator: the CPU is free meanwhile
STEP_S = 0.02

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument(
    "--repeats", type=int, default=5, help="timed epochs per pipeline"
)
repeats = parser.parse_args().repeats

(train_x, _), _ = split_digits()


def simulated(seconds, work):
    """A map function that runs `work` in Python and takes `seconds` per call."""  # noqa: E501

    def python_side(value):
        # sleeping releases the GIL, as waiting for storage does
        time.sleep(seconds)
        return work(value.numpy())

    def fn(value):
        result = tf.py_function(python_side, [value], tf.float32)
        return tf.ensure_shape(
            result, value.shape if value.shape.rank else (8, 8, 1)
        )

    return fn


load = simulated(LOAD_S, lambda index: train_x[index])
augment = simulated(AUGMENT_S, lambda images: images)


def pipeline(parallel=False, cache=False, prefetch=False, inject_prefetch=True):
    data = tf.data.Dataset.range(IMAGES)
    data = data.map(
        load, num_parallel_calls=tf.data.AUTOTUNE if parallel else None
    )
    if cache:
        data = data.cache()
    data = data.batch(64).map(augment)  # one call per batch
    if prefetch:
        data = data.prefetch(tf.data.AUTOTUNE)
    options = tf.data.Options()
    # True is the default
    options.experimental_optimization.inject_prefetch = inject_prefetch
    return data.with_options(options)


def epoch(data):
    for _ in data:
        time.sleep(STEP_S)


variants = {
    "naive": pipeline(),
    "parallel map": pipeline(parallel=True),
    "+ cache": pipeline(parallel=True, cache=True),
    "+ prefetch": pipeline(parallel=True, cache=True, prefetch=True),
    "+ cache, no automatic prefetch": pipeline(
        parallel=True, cache=True, inject_prefetch=False
    ),
}
# One untimed epoch first fills the cache and lets AUTOTUNE settle.
seconds = {
    name: time_call(lambda d=data: epoch(d), warmup=1, repeats=repeats).median
    for name, data in variants.items()
}
rows = [
    [name, round(s, 3), round(seconds["naive"] / s, 1)]
    for name, s in seconds.items()
]
print(markdown_table(["pipeline", "seconds per epoch", "speed-up"], rows))
