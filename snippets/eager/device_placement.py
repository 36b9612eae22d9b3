import tensorflow as tf

print(tf.config.list_logical_devices("CPU"))
gpus = tf.config.list_logical_devices("GPU")
device = gpus[0].name if gpus else "/CPU:0"  # choose at run time
print("GPUs:", len(gpus), "| chosen:", device)

with tf.device(device):
    product = tf.linalg.matmul(tf.ones((256, 256)), tf.ones((256, 256)))
print(product.device)  # the full name of the device that produced the tensor
print("result:", product[0, 0].numpy())

# Soft placement (on by default): a device that is missing is replaced by one
# that exists.
print("soft placement:", tf.config.get_soft_device_placement())
with tf.device("/GPU:7"):  # no machine here has eight GPUs
    anywhere = tf.ones((2, 2)) + 1
print("asked for /GPU:7, ran on:", anywhere.device.split("/")[-1])

tf.config.set_soft_device_placement(False)  # now a missing device is an error
try:
    with tf.device("/GPU:7"):
        tf.ones((2, 2)) + 1
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        "| could not satisfy:",
        "Could not satisfy device" in error.message,
    )
finally:
    tf.config.set_soft_device_placement(True)  # restore the default
