import keras
import numpy as np
import tensorflow as tf

# TensorFlow 2 and Keras 3: each collection has an owner.
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((4,)),
        keras.layers.BatchNormalization(momentum=0.9, name="bn"),
        keras.layers.Dense(
            1, kernel_regularizer=keras.regularizers.L2(0.01), name="dense"
        ),
    ],
    name="migrated",
)
batch_norm = model.layers[0]
data = np.ones((8, 4), np.float32)

model(data, training=False)
print("moving mean after training=False:", batch_norm.moving_mean.numpy())
model(data, training=True)
print("moving mean after training=True: ", batch_norm.moving_mean.numpy())
print("model.losses:", len(model.losses))
print("trainable:", [v.path for v in model.trainable_variables])
print("non-trainable:", [v.path for v in model.non_trainable_variables])

# The TF 1.x collections are empty in an eager program.
keys = tf.compat.v1.GraphKeys
print(
    "eager TRAINABLE_VARIABLES collection:",
    tf.compat.v1.get_collection(keys.TRAINABLE_VARIABLES),
)
