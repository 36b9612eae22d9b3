import os

import numpy as np
import tensorflow as tf

from tfguide.data import load_digits

images, labels = load_digits()
# back to the integers 0..16 of the source file
pixels = np.rint(images * 16).astype(np.uint8)


def to_example(image, label):
    """One digit as a tf.train.Example: named features, each a list of bytes,
    floats or ints.
    """
    feature = {
        "image": tf.train.Feature(
            bytes_list=tf.train.BytesList(value=[image.tobytes()])
        ),
        "label": tf.train.Feature(
            int64_list=tf.train.Int64List(value=[int(label)])
        ),
    }
    return tf.train.Example(features=tf.train.Features(feature=feature))


SHARDS = 4
shard_files = [
    f"digits-{i:05d}-of-{SHARDS:05d}.tfrecord" for i in range(SHARDS)
]
for filename, rows in zip(
    shard_files, np.array_split(np.arange(len(labels)), SHARDS)
):
    with tf.io.TFRecordWriter(filename) as writer:
        for row in rows:
            writer.write(
                to_example(pixels[row], labels[row]).SerializeToString()
            )
    print(filename, len(rows), "records,", os.path.getsize(filename), "bytes")
