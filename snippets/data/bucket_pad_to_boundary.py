import tensorflow as tf


def bucket_shapes(lengths):
    sequences = tf.data.Dataset.from_tensor_slices(lengths).map(
        lambda n: tf.ones([n], tf.int32)
    )
    bucketed = sequences.bucket_by_sequence_length(
        lambda seq: tf.shape(seq)[0],
        bucket_boundaries=[5, 10],  # buckets: < 5, 5 to 9, and >= 10
        bucket_batch_sizes=[2, 2, 2],
        pad_to_bucket_boundary=True,
    )
    return [tuple(batch.shape) for batch in bucketed]


print("lengths 3, 9, 4, 2:", bucket_shapes([3, 9, 4, 2]))
try:
    bucket_shapes([3, 10, 4, 2])  # 10 falls into the last bucket
except tf.errors.InternalError as error:
    print(
        type(error).__name__,
        "| length < max(bucket_boundaries):",
        "must have length < max(bucket_boundaries)" in error.message,
    )
