# Continues snippets/data/csv_dataset.py: reads the file digits-summary.csv it
# wrote.
import tensorflow as tf

# one string per line, newline removed
lines = tf.data.TextLineDataset("digits-summary.csv")
print(lines.element_spec)
print([line.numpy() for line in lines.take(2)])

# an empty default: the field is required
required_int = tf.constant([], tf.int32)
# skip the header, then split each line into typed fields
fields = lines.skip(1).map(
    lambda line: tf.io.decode_csv(
        line, record_defaults=[required_int, -1.0, required_int]
    )
)
print([(int(label), round(float(ink), 2)) for label, ink, _ in fields.take(4)])
