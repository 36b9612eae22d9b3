import tensorflow as tf

v = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
v[0, 1].assign(10.0)  # one element
v[:, 0].assign([7.0, 8.0])  # a column
print(v.numpy().tolist())

# scattered elements by index, and whole rows by index
v.scatter_nd_update(indices=[[1, 1]], updates=[0.0])
v.scatter_update(tf.IndexedSlices(values=[[5.0, 5.0]], indices=[0]))
print(v.numpy().tolist())

try:
    v += 1.0
except RuntimeError as error:
    print(type(error).__name__, "|", str(error).split(". ")[0])
