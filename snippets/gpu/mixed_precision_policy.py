import keras
import tensorflow as tf

for name in ("float32", "mixed_float16", "mixed_bfloat16"):
    policy = keras.mixed_precision.Policy(name)
    print(
        f"{name:15} compute {policy.compute_dtype:9}",
        f"variables {policy.variable_dtype}",
    )

keras.mixed_precision.set_global_policy("mixed_float16")
hidden = keras.layers.Dense(16, activation="relu")
# output stays float32
output = keras.layers.Dense(10, activation="softmax", dtype="float32")
features = hidden(tf.ones((4, 8)))
probabilities = output(features)
print("hidden: kernel", hidden.kernel.dtype, "| output", features.dtype.name)
print(
    "output layer: kernel",
    output.kernel.dtype,
    "| output",
    probabilities.dtype.name,
)

# back to the default for what follows
keras.mixed_precision.set_global_policy("float32")
print("global policy:", keras.mixed_precision.global_policy().name)
