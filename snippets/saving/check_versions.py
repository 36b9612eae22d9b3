"""The versions this chapter was tested with."""

import keras
import tensorflow as tf

print("TensorFlow", tf.__version__)
print("Keras", keras.__version__)
