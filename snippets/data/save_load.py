# Continues snippets/data/read_tfrecords.py (digits_from_files),
# snippets/data/batch.py (images, labels).
import os
import shutil

import numpy as np
import tensorflow as tf

# start from an empty folder on a rerun
shutil.rmtree("digits-saved", ignore_errors=True)
digits_from_files.save("digits-saved", compression="GZIP")  # default sharding
names = os.listdir("digits-saved")
print(sorted("<fingerprint>" if name.isdigit() else name for name in names))

# element_spec from disk
loaded = tf.data.Dataset.load("digits-saved", compression="GZIP")
print(
    loaded.element_spec == digits_from_files.element_spec,
    int(loaded.cardinality()),
)
loaded_x, loaded_y = loaded.batch(len(labels)).get_single_element()
print(
    "same digits, same order:",
    np.array_equal(loaded_x, images),
    np.array_equal(loaded_y, labels),
)
