import keras
import tensorflow as tf

# One Adam step on a weight whose gradient is tiny (1e-6) and one whose
# gradient is 1: the TF 1.x optimizer, then Keras 3 with its default epsilon
# and with the TF 1.x value.
gradients = tf.constant([1e-6, 1.0])
optimizers = {
    "v1.train.AdamOptimizer(0.1)": tf.compat.v1.train.AdamOptimizer(0.1),
    "keras Adam(0.1)": keras.optimizers.Adam(0.1),
    "keras Adam(0.1, epsilon=1e-8)": keras.optimizers.Adam(0.1, epsilon=1e-8),
}
for name, optimizer in optimizers.items():
    weights = tf.Variable([1.0, 1.0])
    optimizer.apply_gradients([(gradients, weights)])
    step = (1.0 - weights).numpy().round(4)
    print(f"{name:30} step taken: {step}")
