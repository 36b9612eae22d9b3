import os

# TensorFlow reads it when it loads: set it before importing TensorFlow.
os.environ["TF_ENABLE_ONEDNN_OPTS"] = "1"  # oneDNN's CPU kernels, any x86 CPU
