# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images).
import zipfile

import keras
import numpy as np

path = "digits.keras"  # in the working directory
model.save(path)  # architecture, weights, compile settings and optimizer state
with zipfile.ZipFile(path) as archive:
    print("inside the .keras file:", sorted(archive.namelist()))

restored = keras.models.load_model(path)
print(
    type(restored).__name__,
    restored.name,
    "| optimizer steps:",
    int(restored.optimizer.iterations),
)
same = np.allclose(restored(test_images), model(test_images))
print("same predictions:", same)
