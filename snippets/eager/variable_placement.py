# Continues snippets/eager/two_logical_cpus.py: needs the logical devices
# CPU:0 and CPU:1 that it makes.
import tensorflow as tf

# Store a variable on one device and compute with it on another.
with tf.device("/CPU:0"):
    weights = tf.Variable([1.0, 2.0, 3.0])
with tf.device("/CPU:1"):
    doubled = weights * 2.0  # runs on CPU:1 with a copy of the value
print("variable on:", weights.device.split("/")[-1])
print("product on: ", doubled.device.split("/")[-1])
print("values:", doubled.numpy())
