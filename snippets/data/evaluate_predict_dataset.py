import keras
import numpy as np
import tensorflow as tf

features = np.random.default_rng(0).random((20, 3), dtype="float32")
targets = features.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(loss="mse")

pairs = tf.data.Dataset.from_tensor_slices((features, targets)).batch(8)
loss = model.evaluate(pairs, verbose=0)
print("evaluate on (x, y) batches: a loss", type(loss).__name__)
# predict takes the same dataset and ignores the targets...
print("predict on (x, y):", model.predict(pairs, verbose=0).shape)
# ...or a dataset of features alone.
only_x = pairs.map(lambda x, y: x)
print("predict on x only:", model.predict(only_x, verbose=0).shape)
# An endless dataset needs steps, as in fit.
repeated = model.evaluate(pairs.repeat(), steps=3, verbose=0)
print(
    "evaluate(repeat(), steps=3) equals one pass:", np.isclose(repeated, loss)
)

# Keras treats each element as a batch: an unbatched dataset fails.
try:
    model.predict(tf.data.Dataset.from_tensor_slices(features), verbose=0)
except ValueError as error:
    print(
        "unbatched:",
        type(error).__name__,
        "| unknown rank:",
        "unknown rank" in str(error),
    )
