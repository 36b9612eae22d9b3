import numpy as np

from tfguide.data import digits_datasets, load_digits, split_digits

# read from the tfguide package: nothing is downloaded
images, labels = load_digits()
print(
    "images",
    images.shape,
    images.dtype,
    "| pixels from",
    images.min(),
    "to",
    images.max(),
)
print(
    "labels",
    labels.shape,
    labels.dtype,
    "| images per class:",
    np.bincount(labels).tolist(),
)

(train_images, train_labels), (test_images, test_labels) = split_digits(
    test_fraction=0.2, seed=0
)
print("train", train_images.shape, "| test", test_images.shape)

# the same test set, as tf.data pipelines
datasets = digits_datasets(batch_size=64)
print("tf.data sizes:", datasets.sizes)
