"""Seconds per epoch of naive and tuned tf.data pipelines that read TFRecord files."""  # noqa: E501

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import tensorflow as tf

from tfguide.data import load_digits
from tfguide.timing import markdown_table, time_call

SHARDS = 8
# each digit is written twice: 3,594 records of 64x64 pixels, about 15 MB
COPIES = 2
SCALE = 8  # 8x8 pixels upscaled to 64x64
BATCH = 64
# one training step per batch, on an accelerator: the CPU is free meanwhile
STEP_S = 0.002

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument(
    "--repeats", type=int, default=10, help="timed epochs per pipeline"
)
parser.add_argument(
    "--dir",
    default=None,
    help="folder for the files (default: a temporary one)",
)
args = parser.parse_args()

FEATURES = {
    "image": tf.io.FixedLenFeature([], tf.string),
    "label": tf.io.FixedLenFeature([], tf.int64),
}
SIDE = 8 * SCALE


def write_shards(folder):
    images, labels = load_digits()
    pixels = np.rint(images[..., 0] * 255).astype(np.uint8)
    # (1797, 64, 64)
    pixels = pixels.repeat(SCALE, axis=1).repeat(SCALE, axis=2)
    rows = np.tile(np.arange(len(labels)), COPIES)
    for shard, part in enumerate(np.array_split(rows, SHARDS)):
        with tf.io.TFRecordWriter(
            str(folder / f"digits-{shard:05d}.tfrecord")
        ) as writer:
            for row in part:
                image = tf.train.BytesList(value=[pixels[row].tobytes()])
                label = tf.train.Int64List(value=[int(labels[row])])
                feature = {
                    "image": tf.train.Feature(bytes_list=image),
                    "label": tf.train.Feature(int64_list=label),
                }
                example = tf.train.Example(
                    features=tf.train.Features(feature=feature)
                )
                writer.write(example.SerializeToString())
    return len(rows)


def parse_one(record):
    example = tf.io.parse_single_example(record, FEATURES)
    image = tf.reshape(
        tf.io.decode_raw(example["image"], tf.uint8), (SIDE, SIDE, 1)
    )
    return tf.cast(image, tf.float32) / 255.0, tf.cast(
        example["label"], tf.int32
    )


def parse_batch(records):
    batch = tf.io.parse_example(records, FEATURES)
    images = tf.reshape(
        tf.io.decode_raw(batch["image"], tf.uint8), (-1, SIDE, SIDE, 1)
    )
    return tf.cast(images, tf.float32) / 255.0, tf.cast(
        batch["label"], tf.int32
    )


def naive(files, rewrites):
    """Read the files one after the other, parse each record by itself, then batch."""  # noqa: E501
    data = tf.data.TFRecordDataset(files).map(parse_one).batch(BATCH)
    # run the pipeline as written: no parallel map, fusion or prefetch
    if not rewrites:
        options = tf.data.Options()
        optimization = options.experimental_optimization
        optimization.map_parallelization = False
        optimization.map_and_batch_fusion = False
        optimization.parallel_batch = False
        optimization.inject_prefetch = False
        data = data.with_options(options)
    return data


def tuned(files, interleave=False, cache=False):
    """Batch the raw records, parse each batch in one call, in parallel; prefetch."""  # noqa: E501
    if interleave:
        data = tf.data.Dataset.from_tensor_slices(files).interleave(
            tf.data.TFRecordDataset,
            cycle_length=4,
            num_parallel_calls=tf.data.AUTOTUNE,
        )
    else:
        data = tf.data.TFRecordDataset(files)
    data = data.batch(BATCH).map(
        parse_batch, num_parallel_calls=tf.data.AUTOTUNE
    )
    if cache:
        # the parsed batches, in memory, after the first epoch
        data = data.cache()
    return data.prefetch(tf.data.AUTOTUNE)


def epoch(data, step_s):
    for _ in data:
        if step_s:
            time.sleep(step_s)


def seconds(data, step_s):
    # One untimed epoch first fills the cache and lets AUTOTUNE settle.
    return time_call(
        lambda: epoch(data, step_s), warmup=1, repeats=args.repeats
    ).median


with tempfile.TemporaryDirectory(prefix="tfguide-bench-", dir=args.dir) as tmp:
    records = write_shards(Path(tmp))
    files = sorted(str(path) for path in Path(tmp).glob("digits-*.tfrecord"))
    variants = {
        "naive, tf.data rewrites off": naive(files, rewrites=False),
        "naive, default rewrites": naive(files, rewrites=True),
        "batched parse, prefetch": tuned(files),
        "+ parallel interleave": tuned(files, interleave=True),
        "+ cache": tuned(files, interleave=True, cache=True),
        "training steps alone (no input work)": tf.data.Dataset.range(
            -(-records // BATCH)
        ),
    }
    times = {
        name: (seconds(data, 0), seconds(data, STEP_S))
        for name, data in variants.items()
    }
first = times["naive, tf.data rewrites off"][1]
rows = [
    [name, round(alone, 3), round(with_steps, 3), round(first / with_steps, 1)]
    for name, (alone, with_steps) in times.items()
]
headers = [
    "pipeline",
    "input alone (s/epoch)",
    "with training steps (s/epoch)",
    "speed-up",
]
print(markdown_table(headers, rows))
