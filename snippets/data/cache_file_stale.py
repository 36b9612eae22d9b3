import glob
import os

import tensorflow as tf

for old in glob.glob("numbers-cache*"):  # no cache file left from an earlier run
    os.remove(old)

first = tf.data.Dataset.range(5).cache("numbers-cache")
print("first pipeline: ", [int(x) for x in first])  # computes and writes the file

changed = tf.data.Dataset.range(5).map(lambda x: x * 100).cache("numbers-cache")
print("changed pipeline:", [int(x) for x in changed])  # reads the old file: map never runs
