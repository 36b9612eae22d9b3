import shutil

import tensorflow as tf

numbers = tf.data.Dataset.range(10)
shutil.rmtree("numbers-saved", ignore_errors=True)  # start from an empty folder on a rerun
numbers.save("numbers-saved", shard_func=lambda x: x // 5)  # 0-4 to shard 0, 5-9 to shard 1
print([int(x) for x in tf.data.Dataset.load("numbers-saved")])  # shards read in turn
