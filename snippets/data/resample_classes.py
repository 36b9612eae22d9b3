import numpy as np
import tensorflow as tf

# 90 examples of class 0, 10 of class 1
labels = tf.data.Dataset.from_tensor_slices(np.array([0] * 90 + [1] * 10))


def is_zero(label):
    return label == 0


def is_one(label):
    return label == 1


zeros, ones = labels.filter(is_zero), labels.filter(is_one)

balanced = tf.data.Dataset.sample_from_datasets(
    [zeros.shuffle(90, seed=0).repeat(), ones.shuffle(10, seed=0).repeat()],
    weights=[0.5, 0.5],
    seed=0,
)
drawn = [int(y) for y in balanced.take(200)]
print("repeated, 200 drawn:", np.bincount(drawn).tolist())

# Finite inputs: once the ones run out, only zeros follow.
finite = [
    int(y)
    for y in tf.data.Dataset.sample_from_datasets(
        [zeros, ones], weights=[0.5, 0.5], seed=0
    )
]
print(
    "finite:",
    len(finite),
    "| ones in the first 20:",
    sum(finite[:20]),
    "| in the last 50:",
    sum(finite[-50:]),
)
stopped = tf.data.Dataset.sample_from_datasets(
    [zeros, ones], weights=[0.5, 0.5], seed=0, stop_on_empty_dataset=True
)
print("stop_on_empty_dataset:", np.bincount(list(stopped)).tolist())

# rejection_resample drops elements of the frequent class instead
resampled = (
    labels.shuffle(100, seed=0)
    .repeat()
    .rejection_resample(
        class_func=lambda y: tf.cast(y, tf.int32),
        target_dist=[0.5, 0.5],
        initial_dist=[0.9, 0.1],
        seed=0,
    )
)
print(resampled.element_spec)  # (class, element) pairs
kept = resampled.map(lambda class_id, y: y).take(200)
print("rejection_resample, 200:", np.bincount(list(kept)).tolist())
