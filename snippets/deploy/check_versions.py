"""The versions this chapter was tested with, the LiteRT runtime included."""

from importlib.metadata import version

import keras
import tensorflow as tf

print("TensorFlow", tf.__version__)
print("Keras", keras.__version__)
print("ai-edge-litert", version("ai-edge-litert"))
