import inspect

import keras
import tensorflow as tf

# The TF 1.x Adam and the Keras 3 Adam: same idea, other argument names and
# defaults.
v1_adam = inspect.signature(tf.compat.v1.train.AdamOptimizer).parameters
keras_adam = inspect.signature(keras.optimizers.Adam).parameters
for v1_name, keras_name in [
    ("learning_rate", "learning_rate"),
    ("beta1", "beta_1"),
    ("beta2", "beta_2"),
    ("epsilon", "epsilon"),
]:
    v1_default = v1_adam[v1_name].default
    keras_default = keras_adam[keras_name].default
    print(f"{v1_name:13} {v1_default!s:6} | {keras_name:13} {keras_default}")
print(
    "MomentumOptimizer -> SGD(momentum=...):",
    "momentum" in inspect.signature(keras.optimizers.SGD).parameters,
)
