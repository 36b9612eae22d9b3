import os

# TensorFlow reads it when it loads: set it before importing TensorFlow.
# oneDNN's custom operations on, also where TensorFlow's default leaves them off
os.environ["TF_ENABLE_ONEDNN_OPTS"] = "1"
