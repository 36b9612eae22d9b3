"""One worker of a MultiWorkerMirroredStrategy run; TF_CONFIG says which one it
is.

Start one copy per worker, each with its own TF_CONFIG. Prints one JSON line of
results.
"""

import hashlib
import json
import os

import keras
import tensorflow as tf

from tfguide.data import split_digits

GLOBAL_BATCH = 64  # split evenly over all replicas of all workers
STEPS_PER_EPOCH = 22  # 22 x 64 = 1,408 of the 1,438 training images
EPOCHS = 5

# Reads TF_CONFIG and connects to the other workers; it must come before other
# TF calls.
strategy = tf.distribute.MultiWorkerMirroredStrategy()
task = json.loads(os.environ["TF_CONFIG"])["task"]
# The strategy broadcasts worker 0's initial values to all workers anyway; the
# seed makes the run, and its data order, repeatable.
keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()

(images, labels), _ = split_digits()
options = tf.data.Options()
# The data are arrays in memory, not files, so FILE sharding cannot work: with
# DATA each worker takes its half of every global batch (32 of the 64). OFF
# would give every worker the same batches.
options.experimental_distribute.auto_shard_policy = (
    tf.data.experimental.AutoShardPolicy.DATA
)
data = (
    tf.data.Dataset.from_tensor_slices((images, labels))
    .shuffle(len(labels), seed=0)
    .repeat()
    .batch(GLOBAL_BATCH, drop_remainder=True)
    .with_options(options)
)
batches = iter(strategy.experimental_distribute_dataset(data))

with strategy.scope():
    model = keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    optimizer = keras.optimizers.Adam(3e-3)
    optimizer.build(model.trainable_variables)
loss_fn = keras.losses.SparseCategoricalCrossentropy(reduction=None)


@tf.function
def train_step(batch):
    def replica_step(images, labels):
        with tf.GradientTape() as tape:
            per_example = loss_fn(labels, model(images, training=True))
            loss = tf.nn.compute_average_loss(
                per_example, global_batch_size=GLOBAL_BATCH
            )
        grads = tape.gradient(loss, model.trainable_variables)
        # all-reduces grads
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss, tf.shape(images)[0]

    loss, size = strategy.run(replica_step, args=batch)
    return strategy.reduce("SUM", loss, axis=None), strategy.reduce(
        "SUM", size, axis=None
    )


first_labels = None
for epoch in range(EPOCHS):
    total = 0.0
    for _ in range(STEPS_PER_EPOCH):
        batch = next(batches)
        if first_labels is None:
            # this worker's replicas
            local = strategy.experimental_local_results(batch[1])
            first_labels = local[0].numpy().tolist()
        loss, images_per_step = train_step(batch)
        total += float(loss)

weights = b"".join(w.numpy().tobytes() for w in model.weights)

# Does Keras's fit work under this strategy? Two steps are enough to see.
with strategy.scope():
    model.compile(optimizer=keras.optimizers.Adam(3e-3), loss=loss_fn)
try:
    model.fit(data, epochs=1, steps_per_epoch=2, verbose=0)
    fit_result = "ran"
except (ValueError, TypeError) as error:
    fit_result = f"{type(error).__name__}: {str(error)[:38]}"
print(
    json.dumps(
        {
            "task": task["index"],
            "replicas": strategy.num_replicas_in_sync,
            "per_worker_batch": len(first_labels),
            "images_per_step": int(images_per_step),
            "first_labels": first_labels,
            "final_loss": total / STEPS_PER_EPOCH,
            "weights_sha256": hashlib.sha256(weights).hexdigest(),
            "fit": fit_result,
        }
    )
)
