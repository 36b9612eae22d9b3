import tensorflow as tf

lengths = tf.constant([3, 17, 4, 15, 5, 16, 2, 18, 3, 14, 6, 19])
# sequences of ones, so that the sum of a batch counts its real tokens
sequences = tf.data.Dataset.from_tensor_slices(lengths).map(
    lambda n: tf.ones([n], tf.int32)
)


def describe(batches):
    shapes = [tuple(batch.shape) for batch in batches]
    real = sum(int(tf.reduce_sum(batch)) for batch in batches)
    cells = sum(int(tf.size(batch)) for batch in batches)
    return f"{shapes} padding {1 - real / cells:.0%}"


print("padded_batch:", describe(list(sequences.padded_batch(4))))
bucketed = sequences.bucket_by_sequence_length(
    element_length_func=lambda seq: tf.shape(seq)[0],
    bucket_boundaries=[10],  # two buckets: length < 10 and >= 10
    bucket_batch_sizes=[4, 4],
)
print("bucketed:    ", describe(list(bucketed)))

try:
    sequences.bucket_by_sequence_length(
        lambda seq: tf.shape(seq)[0], [10], bucket_batch_sizes=[4]
    )
except ValueError as error:
    print(
        "ValueError |", "must equal `len(bucket_boundaries) + 1`" in str(error)
    )
