import tensorflow as tf

x = tf.ones((4, 3))
print("x.shape:    ", x.shape, type(x.shape).__name__, x.shape.as_list())
print("tf.shape(x):", tf.shape(x))

# A TensorShape may leave dimensions unknown (None).
spec = tf.TensorShape([None, 3])
print(spec, "| rank:", spec.rank, "| fully defined:", spec.is_fully_defined())
print("fits (4, 3):", spec.is_compatible_with([4, 3]))
print("fits (4, 2):", spec.is_compatible_with([4, 2]))


# Inside a function traced for any number of rows, the static shape does not
# know the row count; tf.shape(x) computes it when the function runs.
@tf.function(input_signature=[tf.TensorSpec([None, 3])])
def ones_column(rows):
    print("traced with static shape", rows.shape)
    try:
        tf.ones((rows.shape[0], 1))
    except TypeError as error:
        print("rows.shape[0]:", type(error).__name__, "|", error)
    return tf.ones((tf.shape(rows)[0], 1))


print("result:", ones_column(x).shape)

# A ragged tensor's static shape has None for the ragged axis.
ragged = tf.ragged.constant([[1, 2, 3], [4]])
print("ragged:", ragged.shape, "| bounding shape:", ragged.bounding_shape())
