import numpy as np
import tensorflow as tf

numbers = tf.data.Dataset.range(12)
for buffer_size in (1, 4, 12):
    order = (
        numbers.shuffle(buffer_size, seed=7)
        .batch(12)
        .get_single_element()
        .numpy()
    )
    # element value minus its new position
    ahead = int((order - np.arange(12)).max())
    print(f"buffer {buffer_size:2d}: {order}  moved ahead by at most {ahead}")

# reshuffle_each_iteration=True is the default
epochs = numbers.shuffle(12, seed=7)
print("epoch 1:  ", epochs.batch(12).get_single_element().numpy())
print("epoch 2:  ", epochs.batch(12).get_single_element().numpy())
fixed = numbers.shuffle(12, seed=7, reshuffle_each_iteration=False)
first, second = (fixed.batch(12).get_single_element().numpy() for _ in range(2))
print("fixed:    ", first, "| same in epoch 2:", np.array_equal(first, second))
