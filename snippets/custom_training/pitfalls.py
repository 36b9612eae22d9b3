import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
model = build_digits_cnn()

# 1. A metric that is never reset averages over everything it has seen.
mean = keras.metrics.Mean()
for epoch_losses in ([4.0, 2.0], [1.0, 1.0]):
    for loss in epoch_losses:
        mean.update_state(loss)
print("1. second epoch's loss without reset_state():", float(mean.result()))

# 2. training=True in evaluation: dropout stays on, so the same input gives
# different outputs.
first, second = model(images, training=True), model(images, training=True)
print(
    "2. training=True, the same twice:",
    bool(tf.reduce_all(first == second)),
    "| training=False:",
    bool(
        tf.reduce_all(
            model(images, training=False) == model(images, training=False)
        )
    ),
)

# 3. Python side effects in a tf.function run when it traces, not at every call.
calls = []
graph_calls = tf.Variable(0)


@tf.function
def double(x):
    calls.append(1)  # Python: runs while tracing
    # a TensorFlow operation: part of the graph, runs at every call
    graph_calls.assign_add(1)
    return 2 * x


for _ in range(3):
    double(tf.constant(1.0))
print(
    f"3. after 3 calls: Python list {len(calls)} item(s), "
    f"variable {int(graph_calls)}"
)

# 4. The loss computed outside the tape has no gradient.
with tf.GradientTape() as tape:
    probabilities = model(images, training=True)
loss = keras.losses.SparseCategoricalCrossentropy()(labels, probabilities)
print(
    "4. gradients when the loss is outside the tape:",
    tape.gradient(loss, model.trainable_variables)[0],
)
