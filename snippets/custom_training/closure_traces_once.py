import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()


def make_step(model, optimizer, loss_fn, metrics=()):
    """Return a compiled step for this model and optimizer: one tf.function per
    pair.
    """
    # Adam.build would return at once anyway; the check makes it plain
    if not optimizer.built:
        # its variables exist before any trace
        optimizer.build(model.trainable_variables)

    @tf.function(
        input_signature=[
            tf.TensorSpec([None, 8, 8, 1]),
            tf.TensorSpec([None], tf.int32),
        ]
    )
    # only tensors come in; the objects are captured by the closure
    def step(images, labels):
        with tf.GradientTape() as tape:
            probabilities = model(images, training=True)
            # sum() of an empty list is 0, so this works for a model without
            # regularizers too
            loss = loss_fn(labels, probabilities) + sum(model.losses)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        for metric in metrics:  # Keras metrics, updated inside the graph
            metric.update_state(labels, probabilities)
        return loss

    return step


for run in range(1, 3):
    model = build_digits_cnn()
    step = make_step(
        model,
        keras.optimizers.Adam(learning_rate=3e-3),
        keras.losses.SparseCategoricalCrossentropy(),
    )
    for epoch in range(1, 3):
        for images, labels in data.train:
            loss = step(images, labels)
        print(
            f"run {run}, epoch {epoch}: last batch {images.shape[0]} images, "
            f"traces: {step.experimental_get_tracing_count()}"
        )
