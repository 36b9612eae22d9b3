import tensorflow as tf

print(tf.config.list_physical_devices())
print("built with CUDA:", tf.test.is_built_with_cuda())
# nothing to show on a CPU-only machine
for gpu in tf.config.list_physical_devices("GPU"):
    details = tf.config.experimental.get_device_details(gpu)
    print(
        gpu.name, details.get("device_name"), details.get("compute_capability")
    )
print("logical devices:", len(tf.config.list_logical_devices()))
