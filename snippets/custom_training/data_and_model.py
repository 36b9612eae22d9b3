import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)  # the same initial weights on every run
# the same results from the same seed
tf.config.experimental.enable_op_determinism()

# the UCI digits shipped in tfguide: no download
data = digits_datasets(batch_size=64)
print(data.sizes)
images, labels = next(iter(data.train))
print(
    "batch:", images.shape, images.dtype.name, labels.shape, labels.dtype.name
)

model = build_digits_cnn()
print("output:", model(images).shape)
trainable = sum(
    int(tf.size(variable)) for variable in model.trainable_variables
)
print(
    f"{len(model.trainable_variables)} trainable variables, {trainable} "
    f"trainable of {model.count_params()} parameters"
)
