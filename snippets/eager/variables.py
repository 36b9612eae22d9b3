import tensorflow as tf

weights = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="weights")
print(
    weights.name, weights.shape, weights.dtype, "trainable:", weights.trainable
)

weights.assign([[0.0, 0.0], [0.0, 1.0]])  # same shape and dtype, new values
weights.assign_add(tf.ones((2, 2)))
print(weights.numpy())

step = tf.Variable(0, trainable=False)
step.assign_add(1)
print("step:", step.numpy())

try:
    weights.assign(tf.ones((3, 3)))
except ValueError as error:
    print("ValueError | shape mismatch:", "Shape mismatch" in str(error))

# A variable created with an unknown shape accepts values of any shape.
buffer = tf.Variable([1.0, 2.0], shape=tf.TensorShape(None))
buffer.assign([1.0, 2.0, 3.0])
print("unknown shape:", buffer.shape, "| value:", buffer.numpy())
