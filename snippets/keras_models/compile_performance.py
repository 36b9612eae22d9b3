import warnings

import keras
import numpy as np

from tfguide.data import split_digits


class BatchEnds(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        self.seen = []

    def on_train_batch_end(self, batch, logs=None):
        self.seen.append(batch)


(train_images, train_labels), (test_images, _) = split_digits()
keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
mlp.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    steps_per_execution=4,  # 4 batches per call of the compiled function
)
ends = BatchEnds()
mlp.fit(train_images, train_labels, batch_size=128, callbacks=[ends], verbose=0)
print(
    "steps:",
    int(mlp.optimizer.iterations),
    "| on_train_batch_end at",
    ends.seen,
)
# 10 steps, not a multiple of 4: the last call runs 2 steps, reported as 11
mlp.fit(train_images, train_labels, batch_size=144, callbacks=[ends], verbose=0)
print(
    "steps:",
    int(mlp.optimizer.iterations) - 12,
    "| on_train_batch_end at",
    ends.seen,
)

# Mixed precision: compute in float16, keep the weights in float32.
keras.mixed_precision.set_global_policy("mixed_float16")
try:
    mixed = keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10),
            # the last layer in float32, for a stable softmax and loss
            keras.layers.Activation("softmax", dtype="float32"),
        ]
    )
finally:
    keras.mixed_precision.set_global_policy("float32")  # back to the default
hidden = mixed.layers[1]
print(
    hidden.dtype_policy.name,
    "| computes in",
    hidden.compute_dtype,
    "| kernel",
    hidden.kernel.dtype,
)
print("hidden output:", hidden(np.zeros((1, 64))).dtype.name, end=" ")
print("| model output:", mixed(test_images[:2]).dtype.name)
mixed.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
print("optimizer:", type(mixed.optimizer).__name__)  # wrapped by compile

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mlp.compile(optimizer="adam", loss="mse", jit_compile=True)
print("jit_compile=True with op determinism on:", mlp.jit_compile, end=" ")
print("| warned:", any("jit_compile" in str(w.message) for w in caught))
