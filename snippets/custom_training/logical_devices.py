import tensorflow as tf

# The last section of this page trains on two devices. Without two GPUs, split
# the CPU into two logical devices. TensorFlow accepts this only before it
# creates its devices, which it does at the first operation, so this block comes
# before every other.
if len(tf.config.list_physical_devices("GPU")) < 2:
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 2
    )
print("logical CPUs:", len(tf.config.list_logical_devices("CPU")))
