import numpy as np
import tensorflow as tf


def numpy_square(x):  # plain NumPy, called by tf.data through the Python interpreter
    return np.square(x).astype(np.float32)


vectors = tf.data.Dataset.from_tensor_slices(np.ones((4, 3), np.float32))
squared = vectors.map(lambda v: tf.numpy_function(numpy_square, [v], tf.float32))
print("after numpy_function:", squared.element_spec.shape)  # tf.data cannot know the shape
restored = squared.map(lambda v: tf.ensure_shape(v, (3,)))  # checks it and states it
print("after ensure_shape:  ", restored.element_spec.shape)
