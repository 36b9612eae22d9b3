import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
try:
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 3
    )
except RuntimeError as error:
    print("RuntimeError:", error)

# memory growth is fixed at start-up too
for gpu in tf.config.list_physical_devices("GPU"):
    try:
        tf.config.experimental.set_memory_growth(gpu, False)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}:", error)
print("logical CPUs still:", len(tf.config.list_logical_devices("CPU")))

# Asking again for the configuration already in place is not an error: nothing
# changes.
tf.config.set_visible_devices(tf.config.get_visible_devices("CPU"), "CPU")
print("same visible devices again: accepted")
