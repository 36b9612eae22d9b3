# Needs the two logical CPUs that snippets/custom_training/logical_devices.py
# makes: run that first.
import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
gpus = tf.config.list_logical_devices("GPU")
# here: 2 CPUs
devices = gpus if len(gpus) >= 2 else tf.config.list_logical_devices("CPU")
strategy = tf.distribute.MirroredStrategy([device.name for device in devices])
print("replicas:", strategy.num_replicas_in_sync)

data = digits_datasets(batch_size=64)  # the global batch: 32 images per replica
with strategy.scope():  # variables made here get one copy per replica
    model = build_digits_cnn()
    optimizer = keras.optimizers.Adam(learning_rate=3e-3)
    optimizer.build(model.trainable_variables)
    train_accuracy = keras.metrics.SparseCategoricalAccuracy()
# one loss per image
loss_fn = keras.losses.SparseCategoricalCrossentropy(reduction=None)
# splits every batch
train_batches = strategy.experimental_distribute_dataset(data.train)


def replica_step(images, labels):
    """Runs on every replica at once, each with its share of the batch."""
    with tf.GradientTape() as tape:
        probabilities = model(images, training=True)
        # Sum of this replica's losses / images in the global batch: summed over
        # the replicas, the gradients are those of the mean loss over the whole
        # batch.
        loss = tf.nn.compute_average_loss(loss_fn(labels, probabilities))
        # regularization: each replica adds 1/replicas of it, so the sum adds it
        # once
        if model.losses:
            loss += tf.nn.scale_regularization_loss(tf.add_n(model.losses))
    grads = tape.gradient(loss, model.trainable_variables)
    # sums grads over replicas
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    train_accuracy.update_state(labels, probabilities)
    return loss, tf.shape(images)[0]


@tf.function
def train_step(batch):
    losses, sizes = strategy.run(replica_step, args=batch)  # PerReplica values
    return strategy.reduce(
        "SUM", losses, axis=None
    ), strategy.experimental_local_results(sizes)


for epoch in range(1, 4):
    train_accuracy.reset_state()
    batch_losses, replica_sizes = [], []
    for batch in train_batches:
        loss, sizes = train_step(batch)
        # the epoch's loss: a plain mean of the batch losses
        batch_losses.append(float(loss))
        replica_sizes.append([int(size) for size in sizes])
    print(
        f"epoch {epoch}: loss {sum(batch_losses) / len(batch_losses):.3f}  "
        f"accuracy {float(train_accuracy.result()):.3f}"
    )
print(
    "images per replica: first batch",
    replica_sizes[0],
    "| last batch",
    replica_sizes[-1],
)


# What scale_regularization_loss does on each replica: a penalty of 1.0 becomes
# 1/2 on each of 2. strategy.run inside a tf.function, like the train step.
@tf.function
def penalty_shares():
    return strategy.run(
        lambda: tf.nn.scale_regularization_loss(tf.constant(1.0))
    )


shares = penalty_shares()
print(
    "penalty 1.0 per replica:",
    [float(share) for share in strategy.experimental_local_results(shares)],
    "| summed:",
    float(strategy.reduce("SUM", shares, axis=None)),
)

test_accuracy = keras.metrics.SparseCategoricalAccuracy()
# outside strategy.run: an ordinary call on one device
for images, labels in data.test:
    test_accuracy.update_state(labels, model(images, training=False))
print(
    f"test accuracy {float(test_accuracy.result()):.1%}, "
    f"above 90%: {float(test_accuracy.result()) > 0.9}"
)
