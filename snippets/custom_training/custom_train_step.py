import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()


class CustomStepModel(keras.Model):
    """A model whose `fit` runs the training step written here."""

    def train_step(self, data):
        # (x, y) or (x, y, sample_weight): weights come from class_weight=,
        # sample_weight= or the dataset
        images, labels, sample_weight = keras.utils.unpack_x_y_sample_weight(
            data
        )
        with tf.GradientTape() as tape:
            probabilities = self(images, training=True)
            loss = self.compute_loss(
                x=images,
                y=labels,
                y_pred=probabilities,
                sample_weight=sample_weight,
                training=True,
            )  # compile's loss, weighted, plus model.losses
            # unchanged unless the optimizer scales losses
            scaled_loss = self.optimizer.scale_loss(loss)
        grads = tape.gradient(scaled_loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":  # the loss tracker that compile creates
                # weighted by batch size, as fit's
                metric.update_state(loss, sample_weight=tf.shape(images)[0])
        # compute_metrics updates compile's metrics and returns every metric's
        # result, flattened
        return self.compute_metrics(
            images, labels, probabilities, sample_weight=sample_weight
        )


class PrintEvery(keras.callbacks.Callback):
    """Print the epoch's logs, rounded, every `every` epochs."""

    def __init__(self, every):
        super().__init__()
        self.every = every

    def on_epoch_end(self, epoch, logs=None):
        if (epoch + 1) % self.every == 0:
            print(
                f"epoch {epoch + 1:2}: "
                + "  ".join(
                    f"{name} {value:.3f}" for name, value in logs.items()
                )
            )


cnn = build_digits_cnn()
# the same layers, in the subclass
model = CustomStepModel(cnn.inputs, cnn.outputs)
schedule = keras.optimizers.schedules.CosineDecay(3e-3, decay_steps=20 * 20)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=schedule),
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=["accuracy"],
)
print([metric.name for metric in model.metrics])
# data.train shuffles itself; with fit's default shuffle=True, Keras would warn
# that it ignores the argument for a dataset.
fit_history = model.fit(
    data.train,
    validation_data=data.validation,
    epochs=20,
    verbose=0,
    shuffle=False,
    callbacks=[PrintEvery(5)],
)
print(sorted(fit_history.history))
fit_accuracy = model.evaluate(data.test, verbose=0, return_dict=True)[
    "accuracy"
]
print(
    f"fit with a custom train_step, test accuracy {fit_accuracy:.1%}, "
    f"above 95%: {fit_accuracy > 0.95}"
)
