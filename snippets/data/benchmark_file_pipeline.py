"""Seconds per epoch of a naive and a tuned tf.data pipeline that reads TFRecord files."""

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import tensorflow as tf
from tfguide.data import load_digits
from tfguide.timing import markdown_table, time_call

SHARDS = 8
COPIES = 2  # each digit is written twice: 3,594 records of 64x64 pixels, about 15 MB
SCALE = 8  # 8x8 pixels upscaled to 64x64
BATCH = 64
STEP_S = 0.002  # one training step per batch, on an accelerator: the CPU is free meanwhile

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--repeats", type=int, default=10, help="timed epochs per pipeline")
parser.add_argument("--dir", default=None, help="folder for the files (default: a temporary one)")
args = parser.parse_args()

FEATURES = {
    "image": tf.io.FixedLenFeature([], tf.string),
    "label": tf.io.FixedLenFeature([], tf.int64),
}
SIDE = 8 * SCALE


def write_shards(folder):
    images, labels = load_digits()
    pixels = np.rint(images[..., 0] * 255).astype(np.uint8)
    pixels = pixels.repeat(SCALE, axis=1).repeat(SCALE, axis=2)  # (1797, 64, 64)
    rows = np.tile(np.arange(len(labels)), COPIES)
    for shard, part in enumerate(np.array_split(rows, SHARDS)):
        with tf.io.TFRecordWriter(str(folder / f"digits-{shard:05d}.tfrecord")) as writer:
            for row in part:
                image = tf.train.BytesList(value=[pixels[row].tobytes()])
                label = tf.train.Int64List(value=[int(labels[row])])
                feature = {
                    "image": tf.train.Feature(bytes_list=image),
                    "label": tf.train.Feature(int64_list=label),
                }
                example = tf.train.Example(features=tf.train.Features(feature=feature))
                writer.write(example.SerializeToString())
    return len(rows)


def parse_one(record):
    example = tf.io.parse_single_example(record, FEATURES)
    image = tf.reshape(tf.io.decode_raw(example["image"], tf.uint8), (SIDE, SIDE, 1))
    return tf.cast(image, tf.float32) / 255.0, tf.cast(example["label"], tf.int32)


def parse_batch(records):
    batch = tf.io.parse_example(records, FEATURES)
    images = tf.reshape(tf.io.decode_raw(batch["image"], tf.uint8), (-1, SIDE, SIDE, 1))
    return tf.cast(images, tf.float32) / 255.0, tf.cast(batch["label"], tf.int32)


def pipeline(files, interleave=False, vectorize=False, cache=False, prefetch=False):
    if interleave:
        names = tf.data.Dataset.from_tensor_slices(files)
        data = names.interleave(
            tf.data.TFRecordDataset, cycle_length=4, num_parallel_calls=tf.data.AUTOTUNE
        )
    else:
        data = tf.data.TFRecordDataset(files)  # one file after the other
    if vectorize:
        data = data.batch(BATCH).map(parse_batch, num_parallel_calls=tf.data.AUTOTUNE)
    else:
        data = data.map(parse_one).batch(BATCH)  # one call per record, one at a time
    if cache:
        data = data.cache()  # the parsed batches, in memory, after the first epoch
    if prefetch:
        data = data.prefetch(tf.data.AUTOTUNE)
    options = tf.data.Options()
    options.experimental_optimization.inject_prefetch = False  # only explicit prefetches
    return data.with_options(options)


def epoch(data):
    for _ in data:
        time.sleep(STEP_S)


with tempfile.TemporaryDirectory(prefix="tfguide-bench-", dir=args.dir) as tmp:
    records = write_shards(Path(tmp))
    files = sorted(str(path) for path in Path(tmp).glob("digits-*.tfrecord"))
    variants = {
        "naive: sequential read, per-record map": pipeline(files),
        "+ batched, parallel map": pipeline(files, vectorize=True),
        "+ parallel interleave": pipeline(files, vectorize=True, interleave=True),
        "+ prefetch": pipeline(files, vectorize=True, interleave=True, prefetch=True),
        "+ cache": pipeline(files, vectorize=True, interleave=True, prefetch=True, cache=True),
        "training steps alone (no input work)": tf.data.Dataset.range(-(-records // BATCH)),
    }
    # One untimed epoch first fills the cache and lets AUTOTUNE settle.
    seconds = {
        name: time_call(lambda d=data: epoch(d), warmup=1, repeats=args.repeats).median
        for name, data in variants.items()
    }
naive = seconds["naive: sequential read, per-record map"]
rows = [[name, round(s, 3), round(naive / s, 1)] for name, s in seconds.items()]
print(markdown_table(["pipeline", "seconds per epoch", "speed-up"], rows))
