import tensorflow as tf

x = tf.reshape(tf.range(12), (3, 4))
print(x.numpy())
print("x[1]      ", x[1].numpy())
print("x[:, -1]  ", x[:, -1].numpy())
print("x[::2, 1:3]", x[::2, 1:3].numpy().tolist())
print("gather    ", tf.gather(x, [2, 0]).numpy().tolist())
print("mask      ", tf.boolean_mask(x, x % 5 == 0).numpy())

try:
    x[0, 0] = 100
except TypeError as error:
    print("TypeError:", error)

updated = tf.tensor_scatter_nd_update(x, indices=[[0, 0]], updates=[100])
print(updated[0].numpy())
