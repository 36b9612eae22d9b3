# Continues snippets/data/write_tfrecords.py (shard_files).
import tensorflow as tf

with open(shard_files[0], "rb") as handle:
    data = bytearray(handle.read())
# all records here have the same size: 16 + 97 bytes
record_size = len(data) // 450
# flip the bits of one byte in the fourth record's data
data[3 * record_size + 20] ^= 0xFF
with open("damaged.tfrecord", "wb") as handle:
    handle.write(data)

read = 0
try:
    for record in tf.data.TFRecordDataset("damaged.tfrecord"):
        read += 1
except tf.errors.DataLossError as error:
    offset = 3 * record_size + 12  # where the fourth record's data begins
    print(type(error).__name__, f"corrupted record at {offset}" in str(error))
print("records read before the error:", read)
