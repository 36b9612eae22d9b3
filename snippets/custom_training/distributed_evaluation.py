# Continues snippets/custom_training/distributed_loop.py
# (strategy, data, model, loss_fn).
import keras
import numpy as np
import tensorflow as tf

with strategy.scope():
    test_loss = keras.metrics.Mean()  # sums losses and counts over replicas
    test_accuracy = keras.metrics.SparseCategoricalAccuracy()
test_batches = strategy.experimental_distribute_dataset(data.test)


def replica_test_step(images, labels):
    probabilities = model(images, training=False)
    test_loss.update_state(loss_fn(labels, probabilities))  # per image
    test_accuracy.update_state(labels, probabilities)


@tf.function
def test_step(batch):
    strategy.run(replica_test_step, args=batch)


def results():
    loss, accuracy = float(test_loss.result()), float(test_accuracy.result())
    test_loss.reset_state()
    test_accuracy.reset_state()
    return f"loss {loss:.4f}, accuracy {accuracy:.1%}"


# 1. a Python for loop over the distributed dataset, one call per batch
for batch in test_batches:
    test_step(batch)
print("for loop:         ", results())

# 2. an explicit iterator: next() takes one distributed batch at a time
iterator = iter(test_batches)
for _ in range(len(data.test)):  # 6 batches
    test_step(next(iterator))
print("explicit iterator:", results())
try:
    next(iterator)
except StopIteration:
    print("  one more next(): StopIteration")


# 3. many steps inside one tf.function: the loop over tf.range is a graph
#    loop that takes the next batch from the iterator at each step
@tf.function
def test_steps(iterator, steps):
    for _ in tf.range(steps):
        strategy.run(replica_test_step, args=next(iterator))


test_steps(iter(test_batches), tf.constant(len(data.test)))
print("6 steps in one tf.function:", results())


# Why this differs from the single-device test above: each replica updated
# its own copy of batch normalization's moving statistics.
batch_norm = next(
    layer
    for layer in model.layers
    if isinstance(layer, keras.layers.BatchNormalization)
)


@tf.function
def moving_mean_copies():
    return strategy.run(lambda: tf.identity(batch_norm.moving_mean.value))


copies = strategy.experimental_local_results(moving_mean_copies())
print("moving mean equal on the replicas:", np.array_equal(*copies))

# A last batch that does not split evenly: 359 test images leave 39, split
# 20 / 19. compute_average_loss takes the global batch to be the replica's
# batch times 2 (40 and 38) unless it is given the real count.
*_, (images, labels) = test_batches


@tf.function
def mean_losses(images, labels):
    sizes = strategy.run(lambda y: tf.shape(y)[0], args=(labels,))
    global_size = strategy.reduce("SUM", sizes, axis=None)

    def replica_losses(images, labels, global_size):
        per_image = loss_fn(labels, model(images, training=False))
        return (
            tf.nn.compute_average_loss(per_image),
            tf.nn.compute_average_loss(
                per_image, global_batch_size=global_size
            ),
            per_image,
        )

    guessed, given, per_image = strategy.run(
        replica_losses, args=(images, labels, global_size)
    )
    return (
        strategy.experimental_local_results(sizes),
        strategy.reduce("SUM", guessed, axis=None),
        strategy.reduce("SUM", given, axis=None),
        tf.concat(strategy.experimental_local_results(per_image), axis=0),
    )


sizes, guessed, given, per_image = mean_losses(images, labels)
true_mean = float(tf.reduce_mean(per_image))  # over the 39 images
print("last batch per replica:", [int(size) for size in sizes])
print(
    "  mean loss, default division:",
    abs(float(guessed) - true_mean) < 1e-6,
    "| global_batch_size given:",
    abs(float(given) - true_mean) < 1e-6,
)
