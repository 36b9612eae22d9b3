import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tfguide")
def smoothed_crossentropy(y_true, y_pred):
    """Cross-entropy against smoothed targets.

    The targets are 0.91 for the label and 0.01 for each other class.
    """
    one_hot = ops.one_hot(ops.cast(ops.reshape(y_true, (-1,)), "int32"), 10)
    # one value per image
    return keras.losses.categorical_crossentropy(one_hot * 0.9 + 0.01, y_pred)


labels = ops.convert_to_tensor([3, 7])
# 0.991 on the right digit
overconfident = ops.one_hot(labels, 10) * 0.99 + 0.001
matching = ops.one_hot(labels, 10) * 0.9 + 0.01  # exactly the smoothed targets
loss_over = ops.convert_to_numpy(smoothed_crossentropy(labels, overconfident))
loss_match = ops.convert_to_numpy(smoothed_crossentropy(labels, matching))
print("per image:", loss_over.round(4), "and", loss_match.round(4))
print("overconfidence costs more:", bool((loss_over > loss_match).all()))
