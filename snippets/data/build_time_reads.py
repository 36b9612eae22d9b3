import tensorflow as tf

# These two look at the files when the dataset is built, not when read.
try:
    tf.data.experimental.make_csv_dataset("missing.csv", batch_size=2)
except ValueError as error:
    print("make_csv_dataset:", type(error).__name__, "|", error)
try:
    tf.data.Dataset.list_files("missing-*.txt")
except tf.errors.InvalidArgumentError as error:
    print(
        "list_files:",
        type(error).__name__,
        "| No files matched:",
        "No files matched pattern" in error.message,
    )
# A file source only records the name; a missing file fails when read.
lines = tf.data.TextLineDataset("missing.txt")
print("TextLineDataset built")
try:
    next(iter(lines))
except tf.errors.NotFoundError as error:
    print("reading it:", type(error).__name__)
