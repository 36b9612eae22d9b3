import statistics
import time

import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
loss_fn = keras.losses.SparseCategoricalCrossentropy()


@tf.function  # the TF 2.0-era habit: model and optimizer passed in as arguments
def train_step(model, optimizer, images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


first_calls, later_calls = [], []  # seconds per call
for run in range(1, 4):  # e.g. three runs of a hyperparameter search
    model = build_digits_cnn()
    optimizer = keras.optimizers.Adam(learning_rate=3e-3)
    # create its variables here, outside the function
    optimizer.build(model.trainable_variables)
    for number in range(5):
        start = time.perf_counter()
        train_step(model, optimizer, images, labels)
        (later_calls if number else first_calls).append(
            time.perf_counter() - start
        )
    print(
        f"run {run}: 5 steps, traces so far: "
        f"{train_step.experimental_get_tracing_count()}"
    )
ratio = statistics.median(first_calls) / statistics.median(later_calls)
print(
    "a first call (trace and step) costs more than 10 compiled steps:",
    ratio > 10,
)
