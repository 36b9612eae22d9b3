import keras
import numpy as np
import tensorflow as tf

tiny = 1e-8  # a plausible gradient of one weight
print("float16:", tf.constant(tiny, tf.float16).numpy(), end=" | ")
print("bfloat16:", tf.constant(tiny, tf.bfloat16).numpy())
print("largest float16:", float(np.finfo(np.float16).max))
print(
    "smallest float16:",
    float(np.finfo(np.float16).smallest_subnormal),
    end=" | ",
)
print(
    "3.1e-8 and 2.9e-8 in float16:",
    tf.constant([3.1e-8, 2.9e-8], tf.float16).numpy(),
)

weight = keras.Variable(1.0, name="weight")
optimizer = keras.optimizers.LossScaleOptimizer(
    keras.optimizers.SGD(learning_rate=0.1)
)
optimizer.build([weight])
print("initial loss scale:", optimizer.dynamic_scale.numpy())

with tf.GradientTape() as tape:
    loss = 2.0 * weight
    scaled_loss = optimizer.scale_loss(loss)  # loss * scale
(gradient,) = tape.gradient(scaled_loss, [weight])
print("scaled gradient:", gradient.numpy())
# divides by the scale, then steps
optimizer.apply_gradients([(gradient, weight)])
print("weight after one step:", round(float(weight.numpy()), 4))

# an overflowed gradient
optimizer.apply_gradients([(tf.constant(np.inf), weight)])
print(
    "after an inf gradient: weight", round(float(weight.numpy()), 4), end=" | "
)
print("scale", optimizer.dynamic_scale.numpy())

for name in ("mixed_float16", "mixed_bfloat16"):
    keras.mixed_precision.set_global_policy(name)
    model = keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(2, dtype="float32")]
    )
    model.compile(optimizer=keras.optimizers.Adam(), loss="mse")
    print(f"compile under {name}: {type(model.optimizer).__name__}")
keras.mixed_precision.set_global_policy("float32")
