# Continues snippets/keras_models/sequential_model.py (digits_cnn).
import warnings

import keras
import tensorflow as tf

from tfguide.data import split_digits

# 1. input_shape= on the first layer: still accepted, with a warning. Use
# keras.Input.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    keras.Sequential([keras.layers.Dense(10, input_shape=(64,))])
message = str(caught[0].message)
print(
    "1.",
    caught[0].category.__name__,
    "| use Input instead:",
    "Do not pass an `input_shape`" in message,
)

# 2. A custom training step without training=True: batch norm never updates its
# averages.
(train_images, train_labels), _ = split_digits()
keras.utils.set_random_seed(0)
net = digits_cnn()
loss_fn = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.optimizers.Adam(3e-3)
for training in (None, True):  # None is what net(images) passes
    with tf.GradientTape() as tape:
        loss = loss_fn(
            train_labels[:64], net(train_images[:64], training=training)
        )
    grads = tape.gradient(loss, net.trainable_variables)
    optimizer.apply_gradients(zip(grads, net.trainable_variables))
    moving_mean = net.layers[1].moving_mean.numpy()
    print(
        f"2. after a step with training={training}:",
        f"moving mean all zero: {not moving_mean.any()}",
    )
