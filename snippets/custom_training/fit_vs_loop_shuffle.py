# Continues snippets/custom_training/closure_traces_once.py and
# custom_train_step.py (make_step, CustomStepModel).
import keras
import numpy as np

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn


def loop_weights(epochs, spare_iterator):
    """Train with make_step; with spare_iterator, open (and drop) one more
    iterator per epoch.
    """
    keras.utils.set_random_seed(0)
    data = digits_datasets()
    model = build_digits_cnn()
    step = make_step(
        model,
        keras.optimizers.Adam(3e-3),
        keras.losses.SparseCategoricalCrossentropy(),
    )
    for _ in range(epochs):
        for images, labels in data.train:
            step(images, labels)
        if spare_iterator:
            # a new iterator draws the next shuffle order, even if never read
            iter(data.train)
    return model.get_weights()


def fit_weights(epochs):
    keras.utils.set_random_seed(0)
    data = digits_datasets()
    cnn = build_digits_cnn()
    model = CustomStepModel(cnn.inputs, cnn.outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(3e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(),
    )
    model.fit(data.train, epochs=epochs, verbose=0, shuffle=False)
    return model.get_weights()


def equal(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a, b))


print(
    "after 1 epoch, fit and loop weights bitwise equal:",
    equal(fit_weights(1), loop_weights(1, False)),
)
fit_2 = fit_weights(2)
print(
    "after 2 epochs:",
    equal(fit_2, loop_weights(2, False)),
    "| loop with a spare iterator per epoch:",
    equal(fit_2, loop_weights(2, True)),
)
