import keras
import tensorflow as tf
from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
loss_fn = keras.losses.SparseCategoricalCrossentropy()


@tf.function
def train_step(model, optimizer, images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))  # builds the optimizer if needed
    return loss


def first_sentence(error):
    """The first sentence of TensorFlow's message, without the traceback of the user code."""
    return str(error).split("ValueError: ")[-1].split(". ")[0].strip().rstrip(".")


# A. The first call gets a built optimizer, a later call a fresh one.
model = build_digits_cnn()
built = keras.optimizers.Adam(learning_rate=3e-3)
built.build(model.trainable_variables)
train_step(model, built, images, labels)
try:
    train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
except ValueError as error:
    print("A. ValueError:", first_sentence(error))

# B. The first call gets a fresh optimizer too (the usual case): it traces twice.
train_step = tf.function(train_step.python_function)  # a new tf.function, same Python code
model = build_digits_cnn()
train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
print("B. traces after the first call:", train_step.experimental_get_tracing_count())
try:
    train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
except ValueError as error:
    print("B. ValueError:", first_sentence(error))
