# Continues snippets/custom_training/custom_train_step.py (CustomStepModel).
import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
images, labels = (t.numpy() for t in next(iter(data.train)))


def small_model(cls):
    """A one-layer classifier of class `cls`, with SGD at learning rate 0, so
    that a step leaves the weights (and the predictions) as they are.
    """
    keras.utils.set_random_seed(0)
    inputs = keras.Input((8, 8, 1))
    flat = keras.layers.Flatten()(inputs)
    outputs = keras.layers.Dense(10, activation="softmax")(flat)
    model = cls(inputs, outputs)
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.0),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],  # ignores sample weights
        weighted_metrics=["accuracy"],  # uses them: "weighted_accuracy"
    )
    return model


# weight 1 for the digits 0-4, 0 for 5-9
weights = (labels < 5).astype("float32")
model = small_model(CustomStepModel)
logs = model.train_on_batch(
    images, labels, sample_weight=weights, return_dict=True
)

# the same numbers by hand, from the same predictions
per_image = keras.losses.SparseCategoricalCrossentropy(reduction=None)(
    labels, model(images)
).numpy()
correct = np.argmax(model(images), axis=1) == labels
print(f"batch of {len(labels)}, weight 1 for {int(weights.sum())} of them")
print(
    f"loss {logs['loss']:.4f} = sum(weight * loss) / 64 "
    f"{np.sum(weights * per_image) / 64:.4f} | unweighted mean "
    f"{per_image.mean():.4f}"
)
print(
    f"accuracy {logs['accuracy']:.4f} = unweighted {correct.mean():.4f} | "
    f"weighted_accuracy {logs['weighted_accuracy']:.4f} = weighted "
    f"{np.sum(weights * correct) / weights.sum():.4f}"
)

# class_weight= becomes the same per-image weights
model = small_model(CustomStepModel)
logs = model.train_on_batch(
    images,
    labels,
    class_weight={digit: float(digit < 5) for digit in range(10)},
    return_dict=True,
)
print(
    f"class_weight: loss {logs['loss']:.4f}, "
    f"weighted_accuracy {logs['weighted_accuracy']:.4f}"
)
