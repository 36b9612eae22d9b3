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
        images, labels = data
        with tf.GradientTape() as tape:
            probabilities = self(images, training=True)
            loss = self.compute_loss(x=images, y=labels, y_pred=probabilities, training=True)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        for metric in self.metrics:  # the loss tracker and the metrics given to compile
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(labels, probabilities)
        return {metric.name: metric.result() for metric in self.metrics}


class PrintEvery(keras.callbacks.Callback):
    """Print the epoch's logs, rounded, every `every` epochs."""

    def __init__(self, every):
        super().__init__()
        self.every = every

    def on_epoch_end(self, epoch, logs=None):
        if (epoch + 1) % self.every == 0:
            print(f"epoch {epoch + 1:2}: " + "  ".join(f"{name} {value:.3f}" for name, value in logs.items()))


cnn = build_digits_cnn()
model = CustomStepModel(cnn.inputs, cnn.outputs)  # the same layers, in the subclass
schedule = keras.optimizers.schedules.CosineDecay(3e-3, decay_steps=20 * 20)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=schedule),
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=["accuracy"],
)
print([metric.name for metric in model.metrics])
# data.train shuffles itself; with fit's default shuffle=True, Keras would warn that it
# ignores the argument for a dataset.
fit_history = model.fit(
    data.train, validation_data=data.validation, epochs=20, verbose=0, shuffle=False, callbacks=[PrintEvery(5)]
)
print(sorted(fit_history.history))
fit_accuracy = model.evaluate(data.test, verbose=0, return_dict=True)["accuracy"]
print(f"fit with a custom train_step, test accuracy {fit_accuracy:.1%}, above 95%: {fit_accuracy > 0.95}")
