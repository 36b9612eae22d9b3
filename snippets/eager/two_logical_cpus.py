import tensorflow as tf

# Two sections below need two devices. Without them, split the CPU into two
# logical devices. TensorFlow accepts this only before its first operation,
# so this block comes before all others that compute.
cpu = tf.config.list_physical_devices("CPU")[0]
if tf.config.get_logical_device_configuration(cpu) is None:
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 2
    )
print("logical CPUs:", len(tf.config.list_logical_devices("CPU")))
