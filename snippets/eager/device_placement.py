import tensorflow as tf
from tfguide.devices import pick_device, same_device

print(tf.config.list_physical_devices("CPU"))

with tf.device("/CPU:0"):
    on_cpu = tf.constant([1.0, 2.0])
print(on_cpu.device)

# Soft placement (on by default): a device that is missing is replaced by one that exists.
print("soft placement:", tf.config.get_soft_device_placement())
with tf.device("/GPU:0"):
    anywhere = tf.ones((2, 2)) + 1  # on a machine without a GPU, this runs on CPU:0
print("ran where pick_device points:", same_device(anywhere.device, pick_device("GPU")))

device = pick_device("GPU")  # "/GPU:0" if TensorFlow sees a GPU, else "/CPU:0"
with tf.device(device):
    product = tf.linalg.matmul(tf.ones((256, 256)), tf.ones((256, 256)))
print("computed on the chosen device:", same_device(product.device, device))
print("result:", product[0, 0].numpy())
