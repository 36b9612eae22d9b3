import warnings

import keras

from tfguide.data import digits_datasets

# batched pipelines, the training one shuffled
datasets = digits_datasets(batch_size=64)
keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
mlp.compile(
    optimizer=keras.optimizers.Adam(1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)

# The dataset brings its own batches and order: no batch_size, and
# shuffle=False.
history = mlp.fit(
    datasets.train,
    validation_data=datasets.validation,
    epochs=2,
    shuffle=False,
    verbose=0,
)
print(
    "logged:",
    sorted(history.history),
    "| steps:",
    int(mlp.optimizer.iterations),
)

try:
    mlp.fit(
        datasets.train,
        validation_split=0.15,
        epochs=1,
        shuffle=False,
        verbose=0,
    )
except ValueError as error:
    print(
        "validation_split: ValueError |",
        "only supported for tensors or NumPy arrays" in str(error),
    )

# no error, no effect
mlp.fit(datasets.train, epochs=1, batch_size=32, shuffle=False, verbose=0)
print(
    "with batch_size=32, steps in the epoch:",
    int(mlp.optimizer.iterations) - 40,
)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # fit's default is shuffle=True
    mlp.fit(datasets.train, epochs=1, verbose=0)
# Keras 3.15 warns; 3.13 does not
ignored = [w for w in caught if "will be ignored" in str(w.message)]
print("default shuffle=True: warned that it is ignored:", bool(ignored))
