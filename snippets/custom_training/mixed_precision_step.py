import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()

# why float16 needs loss scaling: small gradients round to zero
print(
    "1e-8 in float16:",
    float(tf.cast(1e-8, tf.float16)),
    "| 1e-8 * 2**15 in float16:",
    float(tf.cast(1e-8 * 2.0**15, tf.float16)) > 0,
)

# float16 compute, float32 weights; the softmax in float32
model = keras.Sequential(
    [
        keras.Input((8, 8, 1)),
        keras.layers.Flatten(dtype="mixed_float16"),
        keras.layers.Dense(32, activation="relu", dtype="mixed_float16"),
        keras.layers.Dense(10, dtype="mixed_float16"),
        keras.layers.Activation("softmax", dtype="float32"),
    ]
)
dense = model.layers[1]
print(
    f"Dense: policy {dense.dtype_policy.name}, computes in "
    f"{dense.compute_dtype}, kernel {dense.kernel.dtype}"
)

optimizer = keras.optimizers.LossScaleOptimizer(
    keras.optimizers.Adam(learning_rate=1e-3)
)
optimizer.build(model.trainable_variables)
loss_fn = keras.losses.SparseCategoricalCrossentropy()


@tf.function
def step(images, labels):
    with tf.GradientTape() as tape:
        probabilities = model(images, training=True)
        loss = loss_fn(labels, probabilities)
        scaled_loss = optimizer.scale_loss(loss)  # loss * current scale
    # gradients of the scaled loss: scale times too large
    grads = tape.gradient(scaled_loss, model.trainable_variables)
    # apply divides them by the scale, or skips the step if one is inf/nan
    optimizer.apply(grads, model.trainable_variables)
    return loss, scaled_loss


for images, labels in data.train.take(3):
    loss, scaled_loss = step(images, labels)
print(
    f"output {model(images).dtype.name} | loss {loss.dtype.name}, "
    f"scaled by {float(scaled_loss / loss):.0f}"
)
print(
    f"after 3 steps: optimizer step {int(optimizer.iterations)}, "
    f"scale {float(optimizer.dynamic_scale):.0f}"
)

# an overflow: the step is skipped and the scale halved
before = [v.numpy() for v in model.trainable_variables]
infinite = [tf.fill(v.shape, np.inf) for v in model.trainable_variables]
optimizer.apply(infinite, model.trainable_variables)
unchanged = all(
    np.array_equal(b, v.numpy())
    for b, v in zip(before, model.trainable_variables)
)
print(
    f"inf gradients: weights unchanged {unchanged}, optimizer step "
    f"{int(optimizer.iterations)}, scale {float(optimizer.dynamic_scale):.0f}"
)

# the Keras 2 (tf.keras 2.x) method names are gone
for name in ("get_scaled_loss", "get_unscaled_gradients"):
    try:
        getattr(optimizer, name)
    except AttributeError as error:
        print("AttributeError,", error)
