"""Achieved matrix-multiplication throughput in float32, float16 and bfloat16 on
one device.
"""

import argparse

import tensorflow as tf

from tfguide.devices import pick_device
from tfguide.timing import markdown_table, time_call

# Dense (no sparsity) peak TFLOP/s from the vendors' datasheets: NVIDIA V100
# (SXM2), T4, A100 (SXM4 and PCIe), L4 and H100 (SXM5, PCIe) datasheets,
# nvidia.com. "tf32" is the tensor-core rate TensorFlow uses for float32 matmuls
# on GPUs that have it (Ampere and later; see
# tf.config.experimental.enable_tensor_float_32_execution).
PEAK_TFLOPS = {
    "Tesla V100-SXM2-16GB": {"float32": 15.7, "float16": 125.0},
    "Tesla V100-SXM2-32GB": {"float32": 15.7, "float16": 125.0},
    "Tesla T4": {"float32": 8.1, "float16": 65.0},
    "NVIDIA A100-SXM4-40GB": {
        "float32": 19.5,
        "tf32": 156.0,
        "float16": 312.0,
        "bfloat16": 312.0,
    },
    "NVIDIA A100-SXM4-80GB": {
        "float32": 19.5,
        "tf32": 156.0,
        "float16": 312.0,
        "bfloat16": 312.0,
    },
    "NVIDIA A100-PCIE-40GB": {
        "float32": 19.5,
        "tf32": 156.0,
        "float16": 312.0,
        "bfloat16": 312.0,
    },
    "NVIDIA A100 80GB PCIe": {
        "float32": 19.5,
        "tf32": 156.0,
        "float16": 312.0,
        "bfloat16": 312.0,
    },
    "NVIDIA L4": {
        "float32": 30.3,
        "tf32": 60.0,
        "float16": 121.0,
        "bfloat16": 121.0,
    },
    "NVIDIA H100 80GB HBM3": {
        "float32": 67.0,
        "tf32": 494.5,
        "float16": 989.5,
        "bfloat16": 989.5,
    },
    "NVIDIA H100 PCIe": {
        "float32": 51.0,
        "tf32": 378.0,
        "float16": 756.5,
        "bfloat16": 756.5,
    },
}
CHAIN = 8  # matmuls per timed call, so that launching the call costs little

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument(
    "--repeats", type=int, default=10, help="timed calls per dtype"
)
repeats = parser.parse_args().repeats

device = pick_device("GPU")
gpus = tf.config.list_physical_devices("GPU")
name = (
    tf.config.experimental.get_device_details(gpus[0]).get("device_name", "")
    if gpus
    else ""
)
peaks = PEAK_TFLOPS.get(name, {})
# a CPU would need minutes for the GPU size in float16
size = 4096 if gpus else 1024


def peak(dtype):
    """The datasheet peak for `dtype` on this device, or why there is none."""
    if not gpus:
        return "n/a (CPU)"
    if (
        dtype == "float32"
        and tf.config.experimental.is_tensor_float_32_execution_enabled()
    ):
        dtype = "tf32" if "tf32" in peaks else dtype
    return peaks.get(dtype, "n/a (not in the table)")


@tf.function
def chain(a, b):
    for _ in range(CHAIN):
        a = tf.linalg.matmul(a, b)  # b is scaled so that values stay near 1
    return a[0, 0]  # a scalar: copying it to the host waits for the whole chain


rows = []
for dtype in ("float32", "float16", "bfloat16"):
    with tf.device(device):
        a = tf.cast(
            tf.random.stateless_normal((size, size), seed=(1, 2)), dtype
        )
        b = tf.cast(
            tf.random.stateless_normal((size, size), seed=(3, 4)) / size**0.5,
            dtype,
        )
        seconds = time_call(
            lambda: chain(a, b), warmup=2, repeats=repeats
        ).median
    achieved = CHAIN * 2 * size**3 / seconds / 1e12
    best = peak(dtype)
    share = f"{achieved / best:.0%}" if isinstance(best, float) else "n/a"
    rows.append([dtype, f"{size}x{size}", round(achieved, 3), best, share])
print(f"device: {device} ({name or 'CPU'})\n")
print(
    markdown_table(
        [
            "dtype",
            "matrices",
            "achieved TFLOP/s",
            "peak TFLOP/s",
            "share of peak",
        ],
        rows,
    )
)
