# Continues snippets/data/csv_dataset.py: reads the file digits-summary.csv it wrote.
import tensorflow as tf

lines = tf.data.TextLineDataset("digits-summary.csv")  # one string per line, newline removed
print(lines.element_spec)
print([line.numpy() for line in lines.take(2)])

required_int = tf.constant([], tf.int32)  # an empty default: the field is required
fields = lines.skip(1).map(  # skip the header, then split each line into typed fields
    lambda line: tf.io.decode_csv(line, record_defaults=[required_int, -1.0, required_int])
)
print([(int(label), round(float(ink), 2)) for label, ink, _ in fields.take(4)])
