# Continues snippets/custom_training/custom_train_step.py (model).
import keras
import tensorflow as tf


class ConfidenceModel(keras.Model):
    """A model whose evaluate (and validation in fit) also reports its mean confidence."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.confidence = keras.metrics.Mean(name="confidence")  # tracked: joins self.metrics

    def test_step(self, data):
        images, labels = data
        probabilities = self(images, training=False)  # inference mode: no dropout, moving averages
        loss = self.compute_loss(x=images, y=labels, y_pred=probabilities, training=False)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            elif metric.name == "confidence":
                metric.update_state(tf.reduce_max(probabilities, axis=1))  # the top probability
            else:
                metric.update_state(labels, probabilities)
        results = {}
        for metric in self.metrics:  # compile's metrics come as one metric holding a dict
            result = metric.result()
            results.update(result if isinstance(result, dict) else {metric.name: result})
        return results


evaluator = ConfidenceModel(model.inputs, model.outputs)  # the trained layers, shared
evaluator.compile(loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
print([metric.name for metric in evaluator.metrics])
results = evaluator.evaluate(data.test, verbose=0, return_dict=True)
print("  ".join(f"{name} {value:.3f}" for name, value in sorted(results.items())))
