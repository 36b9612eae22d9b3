import csv

import tensorflow as tf

from tfguide.data import load_digits

images, labels = load_digits()
# a small CSV file to read back
with open("digits-summary.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["label", "ink", "pixels_on"])
    for image, label in zip(images[:6], labels[:6]):
        ink = round(float(image.sum()), 2)  # total brightness of the digit
        pixels_on = int((image > 0).sum())
        # one ink value missing
        writer.writerow([label, "" if label == 3 else ink, pixels_on])
with open("digits-summary.csv") as handle:
    print(handle.read().strip())

table = tf.data.experimental.make_csv_dataset(
    "digits-summary.csv",
    batch_size=3,
    label_name="label",
    column_defaults=[
        tf.int32,
        -1.0,
        tf.int32,
    ],  # a dtype: required; a value: the default
    shuffle=False,  # the default, True, shuffles rows with a 10,000-row buffer
    num_epochs=1,  # the default, None, repeats the file forever
)
for features, label_batch in table:
    columns = {
        name: [round(v, 2) for v in values.numpy().tolist()]
        for name, values in features.items()
    }
    print(label_batch.numpy(), columns)

rows = tf.data.experimental.CsvDataset(
    "digits-summary.csv",
    record_defaults=[tf.int32, -1.0, tf.int32],
    header=True,
)
print(rows.element_spec)
for label, ink, pixels_on in rows.take(2):
    print(int(label), round(float(ink), 2), int(pixels_on))

# an empty field in a required column (ink, column 1) fails when the row is read
import re

strict = tf.data.experimental.CsvDataset(
    "digits-summary.csv",
    record_defaults=[tf.int32, tf.float32, tf.int32],
    header=True,
)
try:
    list(strict)
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        re.search(r"Field \d+ is required[^!]*!", str(error)).group(),
    )
