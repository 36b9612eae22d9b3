import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
# reproducible output; slower on a GPU
tf.config.experimental.enable_op_determinism()

gpus = tf.config.list_logical_devices("GPU")
# every GPU; here, without one, the two logical CPUs
replicas = gpus or tf.config.list_logical_devices("CPU")
strategy = tf.distribute.MirroredStrategy([device.name for device in replicas])
print("replicas in sync:", strategy.num_replicas_in_sync)

with strategy.scope():  # variables created here are mirrored on every replica
    model = build_digits_cnn()
    model.compile(
        optimizer=keras.optimizers.Adam(3e-3),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
# the MirroredVariable behind the Keras variable
kernel = model.layers[0].kernel.value
print(
    "first kernel held on:",
    [v.device.split("device:")[1] for v in kernel.values],
)

data = digits_datasets(batch_size=64)  # 64 is the global batch: 32 per replica
# data.train shuffles itself
model.fit(data.train, epochs=5, verbose=0, shuffle=False)
loss, accuracy = model.evaluate(data.test, verbose=0)
print(f"test accuracy {accuracy:.1%}, above 90%: {accuracy > 0.9}")
