import keras
import numpy as np
import tensorflow as tf

# Outside any scope, code runs under the default strategy: one replica.
default = tf.distribute.get_strategy()
print(
    "default:",
    type(default).__name__,
    "| replicas",
    default.num_replicas_in_sync,
    "| has_strategy:",
    tf.distribute.has_strategy(),
)

# OneDeviceStrategy: one replica, everything on the device it names.
gpus = tf.config.list_logical_devices("GPU")
one = tf.distribute.OneDeviceStrategy(gpus[0].name if gpus else "/CPU:1")
with one.scope():
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
    model.compile(optimizer="sgd", loss="mse")
images = np.ones((64, 4), "float32")
targets = np.zeros((64, 2), "float32")
model.fit(images, targets, batch_size=32, epochs=1, verbose=0, shuffle=False)
print(
    "OneDeviceStrategy: replicas",
    one.num_replicas_in_sync,
    "| kernel on",
    model.layers[0].kernel.value.device.split("device:")[-1],
)
