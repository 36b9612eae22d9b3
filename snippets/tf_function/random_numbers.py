import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)


@tf.function
def noisy(x):
    numpy_noise = rng.uniform()  # Python: drawn once, while tracing
    tf_noise = tf.random.uniform([])  # a graph op: drawn on every call
    return x + numpy_noise, x + tf_noise


draws = [noisy(tf.constant(0.0)) for _ in range(3)]
print("NumPy draws distinct:", len({float(n) for n, _ in draws}))
print("tf.random draws distinct:", len({float(t) for _, t in draws}))
