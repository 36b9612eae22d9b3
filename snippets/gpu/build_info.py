import tensorflow as tf

# What this TensorFlow package was compiled against; no GPU needed to ask.
info = tf.sysconfig.get_build_info()
print(
    "CUDA build:", info["is_cuda_build"], "| ROCm build:", info["is_rocm_build"]
)
print("CUDA", info.get("cuda_version"), "| cuDNN", info.get("cudnn_version"))
print("compiled for:", info.get("cuda_compute_capabilities"))
print("GPU usable here:", bool(tf.config.list_physical_devices("GPU")))
