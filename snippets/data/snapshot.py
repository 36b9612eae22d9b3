import os
import shutil

import tensorflow as tf

calls = tf.Variable(0, dtype=tf.int64)


def expensive(x):
    calls.assign_add(1)
    return x * x


# builds a new dataset object each call, as a new training run would
def squares(n):
    return tf.data.Dataset.range(n).map(expensive).snapshot("squares-snapshot")


# no snapshot left from an earlier run
shutil.rmtree("squares-snapshot", ignore_errors=True)
for run, n in enumerate([5, 5, 6], 1):
    calls.assign(0)
    values = [int(x) for x in squares(n)]  # the default reader does not shuffle
    print(f"run {run}: {values}, map ran {int(calls.numpy())} times")
# one per distinct pipeline
print("snapshots on disk:", len(os.listdir("squares-snapshot")))
