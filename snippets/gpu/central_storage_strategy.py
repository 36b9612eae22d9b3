import keras
import numpy as np
import tensorflow as tf

gpus = tf.config.list_logical_devices("GPU")
devices = [d.name for d in gpus or tf.config.list_logical_devices("CPU")]
central = tf.distribute.experimental.CentralStorageStrategy(devices)
with central.scope():
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
    model.compile(optimizer="sgd", loss="mse")
images = np.ones((64, 4), "float32")
targets = np.zeros((64, 2), "float32")
history = model.fit(
    images, targets, batch_size=32, epochs=1, verbose=0, shuffle=False
)
kernel = model.layers[0].kernel.value
print("CentralStorageStrategy: replicas", central.num_replicas_in_sync)
print("one copy of the kernel:", type(kernel).__name__)
print("fit ran:", len(history.history["loss"]) == 1)
