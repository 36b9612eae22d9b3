import glob
import os

import tensorflow as tf

# no cache file left from an earlier run
for old in glob.glob("numbers-cache*"):
    os.remove(old)

first = tf.data.Dataset.range(5).cache("numbers-cache")
# computes and writes the file
print("first pipeline: ", [int(x) for x in first])

changed = tf.data.Dataset.range(5).map(lambda x: x * 100).cache("numbers-cache")
# reads the old file: map never runs
print("changed pipeline:", [int(x) for x in changed])
