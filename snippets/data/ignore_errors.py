# Continues snippets/data/write_tfrecords.py (shard_files),
# snippets/data/read_tfrecords.py (parse).
import tensorflow as tf

two_files = tf.data.TFRecordDataset(["damaged.tfrecord", shard_files[1]])
print(
    "records kept:", sum(1 for _ in two_files.ignore_errors()), "of", 450 + 449
)

good = next(iter(tf.data.TFRecordDataset(shard_files[1])))
mixed = tf.data.Dataset.from_tensors(good).concatenate(
    tf.data.Dataset.from_tensor_slices([b"not an Example", good.numpy()])
)
labels_kept = [int(label) for _, label in mixed.map(parse).ignore_errors()]
print("parsed, one bad element dropped:", labels_kept)
