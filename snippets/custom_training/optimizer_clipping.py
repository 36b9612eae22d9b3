import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
loss_fn = keras.losses.SparseCategoricalCrossentropy()


def update_norms(**clipping):
    """Take one SGD step (learning rate 1) and return the norms of the weight
    changes.
    """
    # the same model, hence the same gradients, for each call
    keras.utils.set_random_seed(0)
    model = build_digits_cnn()
    before = [v.numpy() for v in model.trainable_variables]
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.SGD(learning_rate=1.0, **clipping).apply(
        grads, model.trainable_variables
    )
    # = -gradient used
    changes = [v.numpy() - b for v, b in zip(model.trainable_variables, before)]
    return float(np.sqrt(sum(np.sum(c**2) for c in changes))), max(
        float(np.linalg.norm(c)) for c in changes
    )


for clipping in ({}, {"global_clipnorm": 1.0}, {"clipnorm": 0.1}):
    total, largest = update_norms(**clipping)
    label = (
        ", ".join(f"{name}={value}" for name, value in clipping.items())
        or "no clipping"
    )
    print(
        f"SGD({label}):".ljust(27)
        + f"update norm {total:.4f}, largest per variable {largest:.4f}"
    )

# Keras accepts only one of the three.
try:
    keras.optimizers.SGD(clipnorm=1.0, global_clipnorm=1.0)
except ValueError as error:
    print(
        "SGD(clipnorm=1.0, global_clipnorm=1.0): ValueError,",
        str(error).split(". Received")[0],
    )

# Adam divides by a running root mean square of the gradients: multiplying every
# gradient by one constant factor leaves its updates almost unchanged. (A limit
# hit at every step is not such a factor: it scales each step's gradients by its
# own limit / norm.)
gradient_steps = [tf.random.normal([100], seed=step) for step in range(20)]
for factor in (1.0, 0.1):
    weights = tf.Variable(tf.zeros([100]))
    adam = keras.optimizers.Adam(learning_rate=1e-3)
    for grad in gradient_steps:
        adam.apply([grad * factor], [weights])
    if factor == 1.0:
        unscaled = weights.numpy()
difference = np.abs(weights.numpy() - unscaled).max() / np.abs(unscaled).max()
print(
    "Adam, 20 steps with gradients x0.1: weights differ by less than 0.1% "
    "of the change:",
    difference < 1e-3,
)
