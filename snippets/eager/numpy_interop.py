import numpy as np
import tensorflow as tf

tensor = tf.constant([[1.0, 2.0], [3.0, 4.0]])

array = tensor.numpy()  # an independent NumPy array on the host
print(isinstance(array, np.ndarray), array.dtype)

print(np.add(tensor, 1))  # NumPy functions accept tensors and return arrays
print(tf.add(array, 1))  # TensorFlow ops accept arrays and return tensors

back = tf.convert_to_tensor(array)
print(tf.is_tensor(back), isinstance(back, tf.Tensor), back.shape)
