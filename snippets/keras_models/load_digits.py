import numpy as np
from tfguide.data import digits_datasets, load_digits, split_digits

images, labels = load_digits()  # read from the tfguide package: nothing is downloaded
print("images", images.shape, images.dtype, "| pixels from", images.min(), "to", images.max())
print("labels", labels.shape, labels.dtype, "| images per class:", np.bincount(labels).tolist())

(train_images, train_labels), (test_images, test_labels) = split_digits(test_fraction=0.2, seed=0)
print("train", train_images.shape, "| test", test_images.shape)

datasets = digits_datasets(batch_size=64)  # the same test set, as tf.data pipelines
print("tf.data sizes:", datasets.sizes)
