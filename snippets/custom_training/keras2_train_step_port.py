# Continues snippets/custom_training/sample_weight_in_train_step.py
# (small_model, images, labels).
import warnings

import keras
import tensorflow as tf


class Keras2Port(keras.Model):
    """A train_step as Keras 2 code wrote it, run unchanged on Keras 3."""

    def train_step(self, data):
        images, labels = data  # fails on (x, y, sample_weight)
        with tf.GradientTape() as tape:
            probabilities = self(images, training=True)
            loss = self.compiled_loss(labels, probabilities)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        self.compiled_metrics.update_state(labels, probabilities)
        return {metric.name: metric.result() for metric in self.metrics}


model = small_model(Keras2Port)
try:
    model.fit(
        images,
        labels,
        class_weight={digit: float(digit < 5) for digit in range(10)},
        batch_size=64,
        verbose=0,
    )
except ValueError as error:
    print("with class_weight: ValueError,", error)

model = small_model(Keras2Port)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = model.fit(images, labels, batch_size=64, verbose=0, shuffle=False)
print(
    f"logged loss {history.history['loss'][0]:.4f} | real loss "
    f"{float(model.compute_loss(y=labels, y_pred=model(images))):.4f}"
)
for message in sorted({str(w.message).split(" Instead")[0] for w in caught}):
    print(f"{caught[0].category.__name__}: {message}")
