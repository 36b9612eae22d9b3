# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images).
import os

import numpy as np
import tensorflow as tf

# For the rest of this program: a notebook would show an INFO line naming the
# folder.
tf.get_logger().setLevel("WARNING")
export_dir = "digits_savedmodel"  # a folder in the working directory
# a SavedModel for TF Serving and the LiteRT and TF.js converters
model.export(export_dir, verbose=False)
print(sorted(os.listdir(export_dir)))

served = tf.saved_model.load(export_dir)  # no Keras needed to load this
print("endpoints:", list(served.signatures))
probabilities = served.serve(tf.constant(test_images))
same = np.allclose(probabilities, model(test_images), atol=1e-6)
print("same predictions:", same)
print("variables tracked:", len(served.variables) == len(model.variables))
