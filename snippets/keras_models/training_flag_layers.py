import keras
import numpy as np

keras.utils.set_random_seed(0)
ones = np.ones((1, 8), dtype="float32")
dropout = keras.layers.Dropout(0.5)
# zeroes each value with probability 0.5, doubles the rest
first = dropout(ones, training=True)
second = dropout(ones, training=True)
print("training=True: ", first.numpy()[0], second.numpy()[0])
print("two training calls agree:", np.array_equal(first, second))
# training defaults to False here
print("inference:     ", dropout(ones).numpy()[0])

# mean 4, variance 5
batch = np.array([[1.0], [3.0], [5.0], [7.0]], dtype="float32")
norm = keras.layers.BatchNormalization(momentum=0.9)
print(
    "batch statistics:", np.round(norm(batch, training=True).numpy()[:, 0], 4)
)
print(
    "moving mean and variance:",
    norm.moving_mean.numpy(),
    norm.moving_variance.numpy(),
)
print(
    "moving averages: ", np.round(norm(batch, training=False).numpy()[:, 0], 4)
)
