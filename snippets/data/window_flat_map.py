import keras
import numpy as np
import tensorflow as tf

series = tf.data.Dataset.range(7)
windows = series.window(3, shift=2, drop_remainder=True)
print(windows.element_spec)  # each element is a dataset
print([[int(x) for x in window] for window in windows])

# flat_map turns each small dataset into one tensor of 3 values
stacked = windows.flat_map(lambda window: window.batch(3))
print(stacked.element_spec, [w.tolist() for w in stacked.as_numpy_iterator()])

# inputs of 3 steps, target the next value
pairs = stacked.map(lambda w: (w[:-1], w[-1]))
print([(x.tolist(), int(y)) for x, y in pairs.as_numpy_iterator()])

# Keras builds the same kind of pairs from an array, batched
steps = np.arange(10)
ts = keras.utils.timeseries_dataset_from_array(
    steps, targets=steps[3:], sequence_length=3, batch_size=4
)
for inputs, targets in ts.take(1):
    print(inputs.numpy().tolist(), targets.numpy().tolist())
