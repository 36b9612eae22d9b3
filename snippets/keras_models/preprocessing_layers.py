import keras
import numpy as np

from tfguide.data import split_digits

layers = keras.layers
(train_images, train_labels), (test_images, test_labels) = split_digits()

# the raw pixel counts, 0 to 16, as the data set stores them
counts = train_images * 16
rescale = layers.Rescaling(1 / 16)  # a fixed scale, no state
print(
    "Rescaling(1/16) gives the [0, 1] images:",
    np.allclose(rescale(counts), train_images),
)

# one mean and one variance for all pixels
normalize = layers.Normalization(axis=None)
# computes them from the training images, before training
normalize.adapt(train_images)
print(
    f"adapted: mean {normalize.mean.numpy().item():.4f},",
    f"variance {normalize.variance.numpy().item():.4f}",
)
standardized = normalize(train_images).numpy()
print(
    "now mean 0 and std 1:",
    np.allclose([standardized.mean(), standardized.std()], [0, 1], atol=1e-3),
)
