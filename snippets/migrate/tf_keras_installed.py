import importlib.util

import tensorflow as tf

# Which Keras does tf.keras mean here? TF_USE_LEGACY_KERAS=1 would switch it
# to the tf_keras package (Keras 2), if that package were installed.
print("tf_keras installed:", importlib.util.find_spec("tf_keras") is not None)
print("tf.keras is Keras", tf.keras.version())
