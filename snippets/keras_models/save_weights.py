# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images).
import keras
import numpy as np
from tfguide.models import build_digits_cnn

model.save_weights("digits.weights.h5")  # the weights only: no architecture, no optimizer
fresh = build_digits_cnn()  # the code rebuilds the architecture
fresh.load_weights("digits.weights.h5")
print("same predictions:", np.allclose(fresh(test_images), model(test_images)))

try:
    model.save_weights("digits.h5")
except ValueError as error:
    print("ValueError:", error)
