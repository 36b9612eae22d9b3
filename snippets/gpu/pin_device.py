import tensorflow as tf

from tfguide.devices import same_device

# the last logical CPU: /CPU:1 here, where the first block split the CPU
last_cpu = tf.config.list_logical_devices("CPU")[-1].name
with tf.device(last_cpu):
    on_cpu = tf.ones((2, 2)) * 3.0
print("pinned to the last CPU:", same_device(on_cpu.device, last_cpu))

gpus = tf.config.list_logical_devices("GPU")
device = gpus[0].name if gpus else "/CPU:0"  # the first GPU, else the CPU
with tf.device(device):
    # the input is copied to `device`
    product = tf.linalg.matmul(on_cpu, on_cpu)
print("ran on the chosen device:", same_device(product.device, device))
print("input stayed on the last CPU:", same_device(on_cpu.device, last_cpu))
print(product.numpy().tolist())
