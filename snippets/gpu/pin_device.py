import tensorflow as tf

from tfguide.devices import same_device

with tf.device("/CPU:1"):  # the second logical CPU made in the first block
    on_second = tf.ones((2, 2)) * 3.0
print("pinned to /CPU:1:", same_device(on_second.device, "/CPU:1"))

gpus = tf.config.list_logical_devices("GPU")
device = gpus[0].name if gpus else "/CPU:0"  # the first GPU, else the CPU
with tf.device(device):
    # the input is copied to `device`
    product = tf.linalg.matmul(on_second, on_second)
print("ran on the chosen device:", same_device(product.device, device))
print("input stayed on /CPU:1:", same_device(on_second.device, "/CPU:1"))
print(product.numpy().tolist())
