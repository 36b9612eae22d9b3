import tensorflow as tf

# Device settings must come before TensorFlow creates its devices, which happens
# at the first operation or the first call that lists logical devices.
gpus = tf.config.list_physical_devices("GPU")
# all of them; gpus[:1] would give TensorFlow devices for the first GPU only
# (to share a machine between processes, set CUDA_VISIBLE_DEVICES instead)
visible = gpus
tf.config.set_visible_devices(visible, "GPU")
for gpu in visible:  # on a machine without a GPU this loop does nothing
    tf.config.experimental.set_memory_growth(gpu, True)

if not gpus:  # two logical CPUs stand in for two devices; never beside a GPU
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(
        cpu,
        [
            tf.config.LogicalDeviceConfiguration(),
            tf.config.LogicalDeviceConfiguration(),
        ],
    )

print(
    "GPUs found:",
    len(gpus),
    "| visible:",
    len(tf.config.get_visible_devices("GPU")),
)
print(
    "memory growth per GPU:",
    [tf.config.experimental.get_memory_growth(g) for g in visible],
)
print(
    "logical CPUs:",
    [device.name for device in tf.config.list_logical_devices("CPU")],
)
