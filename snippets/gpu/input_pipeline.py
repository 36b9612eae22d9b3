import tensorflow as tf

from tfguide.data import split_digits

(train_x, train_y), _ = split_digits()
# as stored
raw = tf.data.Dataset.from_tensor_slices(
    ((train_x * 16).astype("uint8"), train_y)
)


# stands for reading and decoding a file: the same every epoch
def decode(image, label):
    return tf.cast(image, tf.float32) / 16.0, label


# random, so it must run again every epoch: after the cache
def augment(images, labels):
    return images + tf.random.uniform(tf.shape(images), maxval=0.05), labels


train = (
    raw.map(decode, num_parallel_calls=tf.data.AUTOTUNE)
    .cache()  # in memory; .cache(filename) would write to disk
    .shuffle(len(train_y), seed=0)
    .batch(64)
    .map(augment, num_parallel_calls=tf.data.AUTOTUNE)
    # prepare the next batches while the model trains
    .prefetch(tf.data.AUTOTUNE)
)
print(train.element_spec[0])
print("batches per epoch:", int(train.cardinality()))
for epoch in range(2):
    print(
        f"epoch {epoch}: images",
        sum(int(labels.shape[0]) for _, labels in train),
    )

in_order = raw.map(decode).batch(len(train_y)).get_single_element()[1]
parallel = (
    raw.map(decode, num_parallel_calls=tf.data.AUTOTUNE)
    .batch(len(train_y))
    .get_single_element()[1]
)
print(
    "parallel map keeps the order:", bool(tf.reduce_all(in_order == parallel))
)
