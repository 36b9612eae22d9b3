# Continues snippets/custom_training/closure_traces_once.py (make_step).
import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
model = build_digits_cnn()
# 20 epochs of 20 batches
schedule = keras.optimizers.schedules.CosineDecay(3e-3, decay_steps=20 * 20)
optimizer = keras.optimizers.Adam(learning_rate=schedule)
loss_fn = keras.losses.SparseCategoricalCrossentropy()

train_accuracy = keras.metrics.SparseCategoricalAccuracy()
# from the closure block
train_step = make_step(model, optimizer, loss_fn, metrics=(train_accuracy,))
val_loss, val_accuracy = (
    keras.metrics.Mean(),
    keras.metrics.SparseCategoricalAccuracy(),
)


@tf.function
def val_step(images, labels):
    probabilities = model(images, training=False)
    val_loss.update_state(loss_fn(labels, probabilities))
    val_accuracy.update_state(labels, probabilities)


history = {"loss": [], "accuracy": [], "val_loss": [], "val_accuracy": []}
for epoch in range(1, 21):
    for metric in (train_accuracy, val_loss, val_accuracy):
        metric.reset_state()
    losses = [train_step(images, labels) for images, labels in data.train]
    for images, labels in data.validation:
        val_step(images, labels)
    # the mean of the batch losses
    history["loss"].append(float(tf.reduce_mean(losses)))
    history["accuracy"].append(float(train_accuracy.result()))
    history["val_loss"].append(float(val_loss.result()))
    history["val_accuracy"].append(float(val_accuracy.result()))
    if epoch % 5 == 0:
        print(
            f"epoch {epoch:2}: "
            + "  ".join(
                f"{name} {values[-1]:.3f}" for name, values in history.items()
            )
        )

print(
    "train_step traces:",
    train_step.experimental_get_tracing_count(),
    "| val_step traces:",
    val_step.experimental_get_tracing_count(),
)
test_accuracy = keras.metrics.SparseCategoricalAccuracy()
for images, labels in data.test:
    test_accuracy.update_state(labels, model(images, training=False))
loop_accuracy = float(test_accuracy.result())
print(
    f"hand-written loop, test accuracy {loop_accuracy:.1%}, "
    f"above 95%: {loop_accuracy > 0.95}"
)
