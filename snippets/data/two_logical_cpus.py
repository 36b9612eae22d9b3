import tensorflow as tf

# The distribution section needs two devices. Without two GPUs, split the CPU
# into two logical devices; TensorFlow accepts this only before its first
# operation, so this block comes first.
if len(tf.config.list_physical_devices("GPU")) < 2:
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 2
    )
print("logical CPUs:", len(tf.config.list_logical_devices("CPU")))
