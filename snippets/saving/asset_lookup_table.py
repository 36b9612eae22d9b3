# Continues snippets/saving/module_tracking.py (mlp),
# snippets/saving/train_module.py (test_images).
"""A vocabulary file saved in assets/, read by a lookup table in the
graph.
"""

import os
import shutil

import keras
import numpy as np
import tensorflow as tf

names = ["zero", "one", "two", "three", "four"]
names += ["five", "six", "seven", "eight", "nine"]
with open("digit_names.txt", "w") as file:
    file.write("\n".join(names) + "\n")


class NamedDigits(tf.Module):
    """Float images in, the digit's name out, through a table built from a
    file."""

    def __init__(self, model, vocabulary_file):
        super().__init__()
        self.model = model
        # Asset: the file is copied into the SavedModel's assets/ folder
        self.vocabulary = tf.saved_model.Asset(vocabulary_file)
        initializer = tf.lookup.TextFileInitializer(
            self.vocabulary,
            key_dtype=tf.int64,
            key_index=tf.lookup.TextFileIndex.LINE_NUMBER,
            value_dtype=tf.string,
            value_index=tf.lookup.TextFileIndex.WHOLE_LINE,
        )
        self.table = tf.lookup.StaticHashTable(initializer, default_value="?")

    @tf.function(input_signature=[tf.TensorSpec([None, 8, 8, 1], tf.float32)])
    def name(self, images):
        digits = tf.argmax(self.model(images), axis=1)  # int64
        return {"name": self.table.lookup(digits)}


shutil.rmtree("named_digits", ignore_errors=True)
namer = NamedDigits(mlp, "digit_names.txt")
tf.saved_model.save(namer, "named_digits", signatures=namer.name)
print("assets/:", os.listdir("named_digits/assets"))
keys = [
    key
    for key, _ in tf.train.list_variables("named_digits/variables/variables")
]
print("table contents in variables/:", any("table" in key for key in keys))

os.remove("digit_names.txt")  # the original is gone ...
named = tf.saved_model.load("named_digits")
# ... the loaded table reads the copy in assets/
print("asset path:", named.vocabulary.asset_path.numpy().decode())
print(
    "names:", named.name(test_images[:5])["name"].numpy().astype(str).tolist()
)

# A Keras StringLookup given a list keeps its vocabulary in the graph instead.
lookup = keras.Sequential(
    [
        keras.Input(shape=(), dtype="string"),
        keras.layers.StringLookup(vocabulary=names),
    ]
)
lookup.export("string_lookup", verbose=False)
print("StringLookup export, assets/:", os.listdir("string_lookup/assets"))
ids = tf.saved_model.load("string_lookup").serve(tf.constant(["two", "eleven"]))
print("ids of 'two', 'eleven':", np.asarray(ids).tolist())
