import keras
import tensorflow as tf
from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()


def make_step(model, optimizer, loss_fn):
    """Return a compiled step for this model and optimizer: one tf.function per pair."""
    optimizer.build(model.trainable_variables)  # the optimizer's variables exist before any trace

    @tf.function(input_signature=[tf.TensorSpec([None, 8, 8, 1]), tf.TensorSpec([None], tf.int32)])
    def step(images, labels):  # only tensors come in; the objects are captured by the closure
        with tf.GradientTape() as tape:
            loss = loss_fn(labels, model(images, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    return step


for run in range(1, 3):
    model = build_digits_cnn()
    step = make_step(model, keras.optimizers.Adam(learning_rate=3e-3), keras.losses.SparseCategoricalCrossentropy())
    for epoch in range(1, 3):
        for images, labels in data.train:
            loss = step(images, labels)
        print(f"run {run}, epoch {epoch}: last batch {images.shape[0]} images, "
              f"traces: {step.experimental_get_tracing_count()}")
