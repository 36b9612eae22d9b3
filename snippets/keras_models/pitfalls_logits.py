# Continues snippets/keras_models/transfer_pretrain.py (test_images,
# test_labels), snippets/keras_models/train_fit.py (model).
import warnings

import keras
import numpy as np

# 3. The model ends in a softmax, so its outputs are probabilities, not logits.
probabilities = model.predict(test_images, verbose=0)  # a NumPy array
right = keras.losses.SparseCategoricalCrossentropy()(test_labels, probabilities)
wrong = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(
    test_labels, probabilities
)
print(
    f"3. test loss {float(right):.4f},",
    f"but {float(wrong):.4f} with from_logits=True",
)

# On the tensor the softmax returned, Keras sees the mismatch, warns, and uses
# the logits.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    outputs = model(test_images)
    seen = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(
        test_labels, outputs
    )
print(
    f"3. on the model's own tensor: {float(seen):.4f},",
    f"warned: {len(caught) > 0}",
)

# The reverse mistake fails silently: logits with the default from_logits=False.
# log-probabilities are valid logits for the same prediction
logits = np.log(probabilities)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    right = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(
        test_labels, logits
    )
    wrong = keras.losses.SparseCategoricalCrossentropy()(test_labels, logits)
print(
    f"3. logits: {float(right):.4f} with from_logits=True,",
    f"{float(wrong):.4f} without, warned: {len(caught) > 0}",
)
