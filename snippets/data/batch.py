import tensorflow as tf

from tfguide.data import load_digits

images, labels = load_digits()
digits = tf.data.Dataset.from_tensor_slices((images, labels))

batches = digits.batch(64)
print(batches.element_spec[0])  # batch axis None: the last batch may be smaller
print(
    "batches:",
    int(batches.cardinality()),
    "| last batch:",
    len(list(batches)[-1][1]),
)

full = digits.batch(64, drop_remainder=True)
print(full.element_spec[0])  # a static batch size of 64
print("batches:", int(full.cardinality()), "| dropped:", len(labels) % 64)
