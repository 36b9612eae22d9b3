import tensorflow as tf

# A 3x4 matrix with two non-zero entries, stored as indices and values.
sparse = tf.sparse.SparseTensor(
    indices=[[0, 1], [2, 3]], values=[5.0, 7.0], dense_shape=[3, 4]
)
print(tf.sparse.to_dense(sparse).numpy())
print("row sums:", tf.sparse.reduce_sum(sparse, axis=1).numpy())
product = tf.sparse.sparse_dense_matmul(sparse, tf.ones((4, 1)))
print("matmul:  ", product.numpy().ravel())
print("times 2: ", (sparse * 2.0).values.numpy())

# Most dense operations refuse a SparseTensor.
try:
    tf.reduce_sum(sparse)
except ValueError as error:
    print(
        type(error).__name__,
        "| unsupported type:",
        "unsupported type" in str(error),
    )

# Sparse ops expect indices in row-major order; reorder fixes them.
unordered = tf.sparse.SparseTensor(
    indices=[[2, 3], [0, 1]], values=[7.0, 5.0], dense_shape=[3, 4]
)
try:
    tf.sparse.to_dense(unordered)
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__, "| out of order:", "out of order" in error.message
    )
print("reordered, row 0:", tf.sparse.to_dense(tf.sparse.reorder(unordered))[0])
dense = tf.constant([[0, 3], [4, 0]])
print("from_dense:", tf.sparse.from_dense(dense).indices.numpy().tolist())
