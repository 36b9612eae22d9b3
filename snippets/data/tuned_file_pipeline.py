# Continues snippets/data/read_tfrecords.py (feature_spec).
import tensorflow as tf


def parse_batch(records):
    """Parse a whole batch of serialized Examples in one call: one op instead of
    64.
    """
    # a vector of records in, batches out
    batch = tf.io.parse_example(records, feature_spec)
    raw = tf.io.decode_raw(batch["image"], tf.uint8)  # shape (batch, 64)
    return tf.reshape(tf.cast(raw, tf.float32) / 16.0, (-1, 8, 8, 1)), tf.cast(
        batch["label"], tf.int32
    )


train = (
    tf.data.Dataset.list_files("digits-*.tfrecord", shuffle=False)
    .interleave(
        tf.data.TFRecordDataset,
        cycle_length=4,
        num_parallel_calls=tf.data.AUTOTUNE,
    )
    .cache()  # the raw records, read from disk in the first epoch only
    .shuffle(2000, seed=0)  # after the cache: a new order every epoch
    .batch(64)
    .map(parse_batch, num_parallel_calls=tf.data.AUTOTUNE)
    .prefetch(tf.data.AUTOTUNE)
)
print(train.element_spec)
for epoch in range(2):
    first_labels = None
    count = 0
    for _, label_batch in train:
        first_labels = (
            label_batch[:8].numpy() if first_labels is None else first_labels
        )
        count += int(label_batch.shape[0])
    print(f"epoch {epoch}: {count} digits, first labels {first_labels}")
