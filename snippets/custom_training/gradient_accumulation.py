import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
micro = digits_datasets(batch_size=16)  # micro-batches of 16
ACCUMULATE = 4  # one update per 4 micro-batches: 64 images


def small_model():
    keras.utils.set_random_seed(0)
    return keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


loss_fn = keras.losses.SparseCategoricalCrossentropy()
micro_batches = list(micro.train.take(2 * ACCUMULATE))

# 1. Built in: the optimizer sums the gradients and updates every 4th call.
model = small_model()
optimizer = keras.optimizers.SGD(
    learning_rate=0.5, gradient_accumulation_steps=ACCUMULATE
)
optimizer.build(model.trainable_variables)


@tf.function
def step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply(grads, model.trainable_variables)


start = model.get_weights()[0]
for number, (images, labels) in enumerate(micro_batches[:ACCUMULATE], 1):
    step(images, labels)
    moved = not np.array_equal(start, model.get_weights()[0])
    print(
        f"micro-batch {number}: weights moved {moved}, "
        f"optimizer.iterations {int(optimizer.iterations)}"
    )
for images, labels in micro_batches[ACCUMULATE:]:
    step(images, labels)
built_in = model.get_weights()

# 2. By hand: sum into variables, apply the mean every 4th micro-batch.
model = small_model()
optimizer = keras.optimizers.SGD(learning_rate=0.5)
optimizer.build(model.trainable_variables)
sums = [tf.Variable(tf.zeros_like(v)) for v in model.trainable_variables]
count = tf.Variable(0)


@tf.function
def accumulate_step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    for total, grad in zip(sums, grads):
        total.assign_add(grad)
    count.assign_add(1)
    if count % ACCUMULATE == 0:  # AutoGraph turns this into a tf.cond
        optimizer.apply(
            [total / ACCUMULATE for total in sums], model.trainable_variables
        )
        for total in sums:
            total.assign(tf.zeros_like(total))


for images, labels in micro_batches:
    accumulate_step(images, labels)
print(
    f"by hand, {int(optimizer.iterations)} updates: weights equal to the "
    "built-in's:",
    all(
        np.allclose(a, b, atol=1e-6)
        for a, b in zip(built_in, model.get_weights())
    ),
)
