# Continues snippets/custom_training/write_summaries.py (logdir).
import os

import tensorflow as tf

# `logdir` is the folder the previous block wrote into.
(event_file,) = os.listdir(logdir)
print("one event file:", event_file.startswith("events.out.tfevents."))
for record in tf.data.TFRecordDataset(os.path.join(logdir, event_file)):
    event = tf.compat.v1.Event.FromString(record.numpy())
    for value in event.summary.value:
        number = tf.make_ndarray(value.tensor)
        print(
            f"step {event.step}  {value.tag:14} "
            f"{value.metadata.plugin_data.plugin_name}  {number:.4f}"
        )
