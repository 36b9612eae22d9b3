import os
import shutil

import tensorflow as tf

calls = tf.Variable(0, dtype=tf.int64)


def expensive(x):
    calls.assign_add(1)
    return x * x


def squares(n):  # builds a new dataset object each call, as a new training run would
    return tf.data.Dataset.range(n).map(expensive).snapshot("squares-snapshot")


shutil.rmtree("squares-snapshot", ignore_errors=True)  # no snapshot left from an earlier run
for run, n in enumerate([5, 5, 6], 1):
    calls.assign(0)
    values = [int(x) for x in squares(n)]  # the default reader does not shuffle
    print(f"run {run}: {values}, map ran {int(calls.numpy())} times")
print("snapshots on disk:", len(os.listdir("squares-snapshot")))  # one per distinct pipeline
