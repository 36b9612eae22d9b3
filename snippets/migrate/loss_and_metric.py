import keras
import tensorflow as tf

# Four examples, the last two with weight 0 (padding, say).
labels = tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
logits = tf.constant([[2.0, 0.0], [0.0, 1.0], [0.0, 2.0], [1.0, 0.0]])
weights = tf.constant([1.0, 1.0, 0.0, 0.0])

v1_loss = tf.compat.v1.losses.softmax_cross_entropy(
    labels, logits, weights=weights
)
keras_loss = keras.losses.CategoricalCrossentropy(from_logits=True)
print(f"v1.losses.softmax_cross_entropy: {float(v1_loss):.4f}")
print(
    "keras CategoricalCrossentropy:   "
    f"{float(keras_loss(labels, logits, sample_weight=weights)):.4f}"
)
weighted_mean = keras.losses.CategoricalCrossentropy(
    from_logits=True, reduction="mean_with_sample_weight"
)
print(
    "... reduction=mean_with_sample_weight: "
    f"{float(weighted_mean(labels, logits, sample_weight=weights)):.4f}"
)

# A TF 1.x metric is a pair of graph ops; eagerly it refuses to run.
try:
    tf.compat.v1.metrics.accuracy(tf.constant([1]), tf.constant([1]))
except RuntimeError as error:
    print(f"v1.metrics.accuracy: {type(error).__name__}: {error}")
accuracy = keras.metrics.CategoricalAccuracy()
accuracy.update_state(labels[:2], logits[:2])
accuracy.update_state(labels[2:], logits[2:])
print(f"keras CategoricalAccuracy over two batches: {float(accuracy.result())}")
accuracy.reset_state()
print(f"after reset_state: {float(accuracy.result())}")
