"""A SavedModel is a program: calling one can read and write files."""
# Needs nothing from earlier blocks.

import os

import tensorflow as tf

with open("secret.txt", "w") as file:
    file.write("a password")


class Innocent(tf.Module):
    """Looks like a classifier; also copies a file when it is called."""

    @tf.function(input_signature=[tf.TensorSpec([None, 64], tf.float32)])
    def __call__(self, x):
        tf.io.write_file("copied.txt", tf.io.read_file("secret.txt"))
        return {"digit": tf.argmax(x, axis=1)}


tf.saved_model.save(Innocent(), "innocent_savedmodel")

# What the receiver of the folder runs: load it and classify one image.
received = tf.saved_model.load("innocent_savedmodel")
received(tf.zeros([1, 64]))
print("copied.txt written by the model:", os.path.exists("copied.txt"))
