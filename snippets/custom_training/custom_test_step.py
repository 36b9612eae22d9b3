# Continues snippets/custom_training/custom_train_step.py (model, data).
import keras
import tensorflow as tf


class ConfidenceModel(keras.Model):
    """A model whose evaluate (and validation in fit) also reports its mean
    confidence.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # tracked: joins self.metrics
        self.confidence = keras.metrics.Mean(name="confidence")

    def test_step(self, data):
        images, labels, sample_weight = keras.utils.unpack_x_y_sample_weight(
            data
        )
        # inference mode: no dropout, moving averages
        probabilities = self(images, training=False)
        loss = self.compute_loss(
            x=images,
            y=labels,
            y_pred=probabilities,
            sample_weight=sample_weight,
            training=False,
        )
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss, sample_weight=tf.shape(images)[0])
        # the top probability
        self.confidence.update_state(tf.reduce_max(probabilities, axis=1))
        # updates compile's metrics, then returns all of self.metrics
        # (confidence too) as one flat dict
        return self.compute_metrics(
            images, labels, probabilities, sample_weight=sample_weight
        )


# the trained layers, shared
evaluator = ConfidenceModel(model.inputs, model.outputs)
evaluator.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"]
)
print([metric.name for metric in evaluator.metrics])
results = evaluator.evaluate(data.test, verbose=0, return_dict=True)
print(
    "  ".join(f"{name} {value:.3f}" for name, value in sorted(results.items()))
)
