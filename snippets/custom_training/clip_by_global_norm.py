import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
images, labels = next(iter(digits_datasets().train))
model = build_digits_cnn()
loss_fn = keras.losses.SparseCategoricalCrossentropy()

with tf.GradientTape() as tape:
    loss = loss_fn(labels, model(images, training=True))
grads = tape.gradient(loss, model.trainable_variables)

clipped, norm_before = tf.clip_by_global_norm(grads, clip_norm=1.0)
print(
    f"global norm before: {float(norm_before):.4f}, "
    f"after: {float(tf.linalg.global_norm(clipped)):.4f}"
)
ratios = [float(tf.norm(c) / tf.norm(g)) for g, c in zip(grads, clipped)]
print(
    f"every gradient scaled by the same factor: "
    f"{min(ratios):.4f} .. {max(ratios):.4f}"
)

# a norm below the limit
small, unchanged = tf.clip_by_global_norm(grads, clip_norm=100.0)
print(
    "below the limit, unchanged:",
    all(bool(tf.reduce_all(s == g)) for s, g in zip(small, grads)),
)
