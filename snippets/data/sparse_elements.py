import tensorflow as tf

# A 3x4 matrix with three nonzero values; each row becomes one element.
sparse_matrix = tf.sparse.SparseTensor(
    indices=[[0, 1], [1, 0], [2, 3]], values=[7, 8, 9], dense_shape=[3, 4]
)
sparse_rows = tf.data.Dataset.from_tensor_slices(sparse_matrix)
print(sparse_rows.element_spec)
first_row = next(iter(sparse_rows))
print(
    type(first_row).__name__,
    "indices",
    first_row.indices.numpy().tolist(),
    "values",
    first_row.values.numpy().tolist(),
)
sparse_pair = next(iter(sparse_rows.batch(2)))
print(
    "batch(2):",
    type(sparse_pair).__name__,
    "dense_shape",
    sparse_pair.dense_shape.numpy().tolist(),
)
# Sparse ops work on the elements; to_dense gives ordinary tensors.
print("tf.sparse.reduce_sum:", int(tf.sparse.reduce_sum(first_row)))
dense_rows = sparse_rows.map(tf.sparse.to_dense)
print(dense_rows.element_spec)
print([r.numpy().tolist() for r in dense_rows])

# Traps: a dense op does not take a SparseTensor, nor does padded_batch.
try:
    tf.reduce_sum(first_row)
except ValueError as error:
    print(
        "tf.reduce_sum:",
        type(error).__name__,
        "| cannot convert:",
        str(error).startswith("Attempt to convert a value (SparseTensor"),
    )
try:
    sparse_rows.padded_batch(2)
except TypeError as error:
    print(
        "padded_batch:",
        type(error).__name__,
        "| only tensor elements:",
        "only supported for datasets that produce tensor" in str(error),
    )
