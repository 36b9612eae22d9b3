# Continues snippets/gpu/mirrored_strategy.py: uses strategy from it.
import keras
import numpy as np


def fit_error(compile_inside, optimizer):
    """Build in the scope, compile inside or outside, return fit's error."""
    with strategy.scope():
        small = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
        if compile_inside:
            small.compile(optimizer=optimizer(), loss="mse")
    if not compile_inside:
        small.compile(optimizer=optimizer(), loss="mse")
    try:
        small.fit(np.ones((8, 4)), np.ones((8, 1)), batch_size=4, verbose=0)
    except RuntimeError as error:
        return f"RuntimeError: {str(error).split(':')[0]}"
    return "no error"


print("compile outside, optimizer by name:", fit_error(False, lambda: "adam"))
adam = keras.optimizers.Adam()  # constructed outside the scope
print("compile inside, optimizer made outside:", fit_error(True, lambda: adam))
