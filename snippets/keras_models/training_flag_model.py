# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/class_weight.py (test_images).
import keras
import numpy as np

# Work on a copy: a training=True call also moves the batch-norm averages.
copy = keras.models.clone_model(model)
copy.set_weights(model.get_weights())
images = test_images[:64]

# no flag: dropout and batch norm fall back to inference
inference = copy(images)
print(
    "inference, two calls agree:",
    np.allclose(inference, copy(images, training=False)),
)
print(
    "inference agrees with the original model:",
    np.allclose(inference, model(images)),
)

first, second = copy(images, training=True), copy(images, training=True)
print("training=True, two calls agree:", np.allclose(first, second))
norm_copy, norm_model = copy.layers[1], model.layers[1]
moved = not np.allclose(norm_copy.moving_mean, norm_model.moving_mean)
print("batch norm's moving mean changed by the training calls:", moved)
