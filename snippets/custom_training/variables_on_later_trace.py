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
    # builds the optimizer if needed
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


# A. The first call gets a built optimizer, a later call a fresh one.
model = build_digits_cnn()
built = keras.optimizers.Adam(learning_rate=3e-3)
built.build(model.trainable_variables)
train_step(model, built, images, labels)
try:
    train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
# the message can start with a traceback of the traced code
except ValueError as error:
    print(
        f"A. {type(error).__name__}, creating variables on a non-first call:",
        "Creating variables on a non-first call to a function decorated with "
        "tf.function" in str(error),
    )

# B. The first call gets a fresh optimizer too (the usual case): it traces
# twice.
# a new tf.function, same Python code
train_step = tf.function(train_step.python_function)
model = build_digits_cnn()
train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
print(
    "B. traces after the first call:",
    train_step.experimental_get_tracing_count(),
)
try:
    train_step(model, keras.optimizers.Adam(learning_rate=3e-3), images, labels)
except ValueError as error:
    print(
        f"B. {type(error).__name__}, only variables created on the first call:",
        "tf.function only supports singleton tf.Variables created on the "
        "first call" in str(error),
    )

# C. A new model with an optimizer that was built for another model's variables.
try:
    train_step(build_digits_cnn(), built, images, labels)
except ValueError as error:
    print(
        f"C. {type(error).__name__}, Keras refuses the new model's variables:",
        "can only be called for the variables it was originally built with"
        in str(error),
    )
