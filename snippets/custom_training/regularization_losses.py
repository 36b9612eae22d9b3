import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
l2 = 1e-3
model = keras.Sequential(
    [
        keras.Input((8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(
            64, activation="relu", kernel_regularizer=keras.regularizers.L2(l2)
        ),
        keras.layers.Dense(
            10,
            activation="softmax",
            kernel_regularizer=keras.regularizers.L2(l2),
        ),
    ]
)
loss_fn = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.optimizers.Adam(learning_rate=3e-3)

with tf.GradientTape() as tape:
    probabilities = model(images, training=True)
    data_loss = loss_fn(labels, probabilities)
    # one term per regularized kernel, from the current weights
    penalty = sum(model.losses)
    loss = data_loss + penalty  # what the gradient must see
print("model.losses:", [f"{float(term):.4f}" for term in model.losses])
# the two Dense layers
by_hand = sum(
    l2 * float(tf.reduce_sum(tf.square(layer.kernel)))
    for layer in model.layers[1:]
)
print(
    f"penalty {float(penalty):.4f} = 1e-3 * sum of squared kernel weights "
    f"{by_hand:.4f}"
)
print(f"loss {float(loss):.4f} = data loss {float(data_loss):.4f} + penalty")

grads = tape.gradient(loss, model.trainable_variables)
optimizer.apply_gradients(zip(grads, model.trainable_variables))
# compute_loss, which fit and train_step use, adds model.losses too
model.compile(loss=loss_fn)
# the same step, the Keras way, on the updated weights
with tf.GradientTape() as tape:
    probabilities = model(images, training=True)
    keras_loss = model.compute_loss(
        x=images, y=labels, y_pred=probabilities, training=True
    )
    own_loss = loss_fn(labels, probabilities) + sum(model.losses)
print(
    "compute_loss includes the penalty:",
    abs(float(keras_loss) - float(own_loss)) < 1e-6,
)

# The digits CNN has no regularizers: its model.losses is empty, and tf.add_n
# refuses an empty list.
cnn = build_digits_cnn()
print("digits CNN model.losses:", cnn.losses, "| sum():", sum(cnn.losses))
try:
    tf.add_n(cnn.losses)
except ValueError as error:
    print("tf.add_n([]): ValueError,", str(error).split(" with ")[0])
