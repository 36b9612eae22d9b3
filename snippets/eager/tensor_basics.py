import tensorflow as tf

scalar = tf.constant(3)
matrix = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])

print(scalar)
print(matrix)
print("rank:", matrix.ndim, "| shape:", matrix.shape, "| dtype:", matrix.dtype)
print("as a Python list:", matrix.shape.as_list())
print("elements:", tf.size(matrix).numpy())
