import warnings

import keras
import tensorflow as tf

from tfguide.devices import same_device

# 1. A device that does not exist is ignored: soft placement picks another one
# silently.
with tf.device("/GPU:99"):
    x = tf.ones((2, 2)) + 1.0
print("1. ran on /GPU:99:", same_device(x.device, "/GPU:99"))
tf.config.set_soft_device_placement(False)  # while debugging: fail instead
try:
    with tf.device("/GPU:99"):
        x = tf.ones((2, 2)) + 1.0
# the message lists this machine's devices
except tf.errors.InvalidArgumentError as error:
    print(
        f"   {type(error).__name__},",
        "could not satisfy the device specification:",
        "Could not satisfy device specification" in error.message,
    )
tf.config.set_soft_device_placement(True)

# 2. float16 tops out at 65,504; rounding to nearest, 65,520 and more become
# inf.
for value in (65519.0, 65520.0, 70000.0):
    print(f"2. {value:.0f} in float16:", float(tf.cast(value, tf.float16)))


# 3. XLA compiles once per input shape: a last, smaller batch compiles a second
# time.
def batch_sizes_compiled(drop_remainder):
    sizes = []

    @tf.function(jit_compile=True)
    def double(images):
        # runs once per trace; XLA compiles each traced shape
        sizes.append(images.shape[0])
        return images * 2.0

    for images in tf.data.Dataset.range(200).batch(
        64, drop_remainder=drop_remainder
    ):
        double(tf.cast(images, tf.float32))
    return sizes


for drop_remainder in (False, True):
    sizes = batch_sizes_compiled(drop_remainder)
    print(
        f"3. drop_remainder={drop_remainder}:",
        "traced and compiled for batch sizes",
        sizes,
    )

# 4. Keras turns XLA off, with a warning, when op determinism is on (this page
# turned it on).
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.compile(optimizer="adam", loss="mse", jit_compile=True)
print(
    "4. asked for jit_compile=True, got model.jit_compile =", model.jit_compile
)
print(f"   {caught[0].category.__name__}: {caught[0].message}")
