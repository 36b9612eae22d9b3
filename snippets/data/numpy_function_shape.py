import numpy as np
import tensorflow as tf


# plain NumPy, called by tf.data through the Python interpreter
def numpy_square(x):
    return np.square(x).astype(np.float32)


vectors = tf.data.Dataset.from_tensor_slices(np.ones((4, 3), np.float32))
squared = vectors.map(
    lambda v: tf.numpy_function(numpy_square, [v], tf.float32)
)
# tf.data cannot know the shape
print("after numpy_function:", squared.element_spec.shape)
# checks it and states it
restored = squared.map(lambda v: tf.ensure_shape(v, (3,)))
print("after ensure_shape:  ", restored.element_spec.shape)
