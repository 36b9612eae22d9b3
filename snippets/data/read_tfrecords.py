# Continues snippets/data/write_tfrecords.py (shard_files, images, labels).
import numpy as np
import tensorflow as tf

# the files one after another, in list order
records = tf.data.TFRecordDataset(shard_files)
print(records.element_spec)
serialized = next(iter(records))
print("one record:", len(serialized.numpy()), "bytes")

feature_spec = {
    "image": tf.io.FixedLenFeature([], tf.string),  # one bytes value
    "label": tf.io.FixedLenFeature([], tf.int64),  # one integer
}


def parse(record):
    # a dict of dense tensors
    example = tf.io.parse_single_example(record, feature_spec)
    # the 64 bytes written above
    image = tf.io.decode_raw(example["image"], tf.uint8)
    image = tf.reshape(tf.cast(image, tf.float32) / 16.0, (8, 8, 1))
    return image, tf.cast(example["label"], tf.int32)


digits_from_files = records.map(parse, num_parallel_calls=tf.data.AUTOTUNE)
print(digits_from_files.element_spec)
read_x, read_y = digits_from_files.batch(len(labels)).get_single_element()
print("images equal:", np.array_equal(read_x.numpy(), images))
print("labels equal:", np.array_equal(read_y.numpy(), labels))
