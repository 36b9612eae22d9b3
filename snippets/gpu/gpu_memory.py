import tensorflow as tf

gpus = tf.config.list_logical_devices("GPU")
device = gpus[0].name if gpus else "/CPU:0"  # the first GPU, else the CPU
mib = 2**20

try:
    tf.config.experimental.reset_memory_stats(device)  # peak := current
except ValueError as error:  # a CPU without oneDNN keeps no statistics
    print("no memory statistics here:", error)
else:
    start = tf.config.experimental.get_memory_info(device)["current"]
    with tf.device(device):
        block = tf.ones((1024, 1024))  # 4 MiB of float32
        total = tf.reduce_sum(block * 2.0)  # a temporary of 4 MiB more
    info = tf.config.experimental.get_memory_info(device)
    print("current grew by", (info["current"] - start) // mib, "MiB")
    print("peak above current:", info["peak"] > info["current"])
    del block
    after = tf.config.experimental.get_memory_info(device)["current"]
    print("after del: grew by", (after - start) // mib, "MiB")

# A request larger than the device: the op fails, the program goes on.
try:
    with tf.device(device):
        tf.zeros((2**42,))  # 16 TiB
except tf.errors.ResourceExhaustedError as error:
    print(
        type(error).__name__ + ":",
        "OOM when allocating tensor" in error.message,
    )

# memory_limit is for GPU logical devices; a CPU refuses it.
cpu = tf.config.list_physical_devices("CPU")[0]
try:
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration(memory_limit=1024)]
    )
except ValueError as error:
    print("ValueError:", error)

# Growth and logical devices exclude each other (the CPU was split, here).
try:
    tf.config.experimental.set_memory_growth(cpu, True)
except ValueError as error:
    print("ValueError:", error)
