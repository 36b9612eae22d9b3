import tensorflow as tf

x = tf.reshape(tf.range(12), (3, 4))
print(x.numpy())
print("x[1]      ", x[1].numpy())
print("x[:, -1]  ", x[:, -1].numpy())
print("x[::2, 1:3]", x[::2, 1:3].numpy().tolist())
# a boolean tensor as index, as in NumPy
print("x[x % 5 == 0]", x[x % 5 == 0].numpy())

# Picking rows by a list of indices is not NumPy's "fancy" indexing:
# a list counts as x[2, 0]; NumPy returns two rows
print("x[[2, 0]] ", x[[2, 0]].numpy())
try:
    x[tf.constant([2, 0])]
except TypeError as error:
    print(
        "TypeError | only scalar tensors are valid indices:",
        "scalar tf.int32" in str(error),
    )
print("gather    ", tf.gather(x, [2, 0]).numpy().tolist())  # rows 2 and 0

try:
    x[0, 0] = 100
except TypeError as error:
    print("TypeError:", error)

updated = tf.tensor_scatter_nd_update(x, indices=[[0, 0]], updates=[100])
print(updated[0].numpy())
