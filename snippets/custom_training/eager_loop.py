import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
model = build_digits_cnn()
optimizer = keras.optimizers.Adam(learning_rate=3e-3)
loss_fn = keras.losses.SparseCategoricalCrossentropy()

train_loss = keras.metrics.Mean(name="loss")
train_accuracy = keras.metrics.SparseCategoricalAccuracy(name="accuracy")
val_loss = keras.metrics.Mean(name="val_loss")
val_accuracy = keras.metrics.SparseCategoricalAccuracy(name="val_accuracy")
metrics = [train_loss, train_accuracy, val_loss, val_accuracy]

for epoch in range(1, 4):
    for metric in metrics:  # a metric accumulates until it is reset
        metric.reset_state()
    for images, labels in data.train:
        with tf.GradientTape() as tape:
            probabilities = model(images, training=True)
            # no regularizers here: adds 0
            loss = loss_fn(labels, probabilities) + sum(model.losses)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        train_loss.update_state(loss)
        train_accuracy.update_state(labels, probabilities)
    for images, labels in data.validation:
        # no dropout, BatchNorm's moving averages
        probabilities = model(images, training=False)
        val_loss.update_state(loss_fn(labels, probabilities))
        val_accuracy.update_state(labels, probabilities)
    print(
        f"epoch {epoch}: "
        + "  ".join(f"{m.name} {float(m.result()):.3f}" for m in metrics)
    )
