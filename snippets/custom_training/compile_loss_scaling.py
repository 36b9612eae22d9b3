import threading

import keras


def small_model():
    """Dense layers in mixed_float16, set per layer; the softmax in float32."""
    return keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(32, activation="relu", dtype="mixed_float16"),
            keras.layers.Dense(10, dtype="mixed_float16"),
            keras.layers.Activation("softmax", dtype="float32"),
        ]
    )


def compiled_optimizer(model, optimizer):
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy")
    return type(model.optimizer).__name__


# 1. policy per layer: the model's own policy stays float32, compile does not
#    wrap, and fit would train float16 gradients without loss scaling
model = small_model()
print(
    f"per layer:  model policy {model.dtype_policy.name}, "
    f"optimizer {compiled_optimizer(model, keras.optimizers.Adam())}"
)
# 2. the fix for per-layer policies: pass the LossScaleOptimizer yourself
wrapped = keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam())
print(f"explicit:   optimizer {compiled_optimizer(small_model(), wrapped)}")

# 3. the global policy: the model gets it too, and compile wraps
keras.mixed_precision.set_dtype_policy("mixed_float16")
try:
    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(10)])
    print(
        f"global:     model policy {model.dtype_policy.name}, "
        f"optimizer {compiled_optimizer(model, keras.optimizers.Adam())}"
    )
    # the global policy is per thread: a layer made in another thread
    # does not see it
    seen = {}
    thread = threading.Thread(
        target=lambda: seen.update(policy=keras.layers.Dense(2).dtype_policy)
    )
    thread.start()
    thread.join()
    print(f"a Dense made in another thread: {seen['policy'].name}")
finally:
    keras.mixed_precision.set_dtype_policy("float32")  # the rest of the page
