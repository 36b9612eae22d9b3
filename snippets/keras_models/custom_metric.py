# Continues snippets/keras_models/custom_loss.py (smoothed_crossentropy).
import keras
import numpy as np
from keras import ops

from tfguide.data import split_digits


@keras.saving.register_keras_serializable(package="tfguide")
class ConfidentMistakes(keras.metrics.Metric):
    """Counts images classified wrongly with a probability above `threshold`."""

    def __init__(self, threshold=0.9, name="confident_mistakes", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.count = self.add_variable(
            shape=(), initializer="zeros", name="count"
        )

    # once per batch
    def update_state(self, y_true, y_pred, sample_weight=None):
        labels = ops.cast(ops.reshape(y_true, (-1,)), "int32")
        wrong = ops.cast(ops.argmax(y_pred, axis=-1), "int32") != labels
        sure = ops.max(y_pred, axis=-1) > self.threshold
        mistakes = ops.cast(wrong & sure, "float32")
        # given in weighted_metrics=, or by a direct call
        if sample_weight is not None:
            mistakes = mistakes * ops.cast(
                ops.reshape(sample_weight, (-1,)), "float32"
            )
        self.count.assign_add(ops.sum(mistakes))

    def result(self):  # what fit and evaluate report
        return self.count

    # No reset_state: the inherited one sets every variable made with
    # add_variable to zero.

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}


(train_images, train_labels), (test_images, test_labels) = split_digits()
keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ],
    name="mlp",
)
mlp.compile(
    optimizer=keras.optimizers.Adam(1e-2),
    loss=smoothed_crossentropy,
    metrics=["accuracy", ConfidentMistakes(0.5)],
)
mlp.fit(train_images, train_labels, epochs=5, batch_size=64, verbose=0)
results = mlp.evaluate(test_images, test_labels, verbose=0, return_dict=True)
print(sorted(results))
print(
    f"accuracy {results['accuracy']:.1%} | confident mistakes:",
    f"{int(results['confident_mistakes'])} of {len(test_labels)}",
)
twos = np.full(len(test_labels), 2.0)  # every test image weighted 2
weighted = mlp.evaluate(
    test_images, test_labels, sample_weight=twos, verbose=0, return_dict=True
)
print(
    "evaluate with weights 2, a metric in metrics=:",
    int(weighted["confident_mistakes"]),
)
metric = ConfidentMistakes(0.5)
metric.update_state(
    test_labels, mlp.predict(test_images, verbose=0), sample_weight=twos
)
print("called directly with weights 2:", int(metric.result()))
metric.reset_state()
print("after reset_state:", int(metric.result()))
