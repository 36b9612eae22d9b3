import keras
import numpy as np
import tensorflow as tf

# A fixed loss scale: the inner optimizer's own loss_scale_factor.
weight = keras.Variable(1.0, name="weight")
optimizer = keras.optimizers.SGD(learning_rate=0.1, loss_scale_factor=1024.0)
with tf.GradientTape() as tape:
    scaled_loss = optimizer.scale_loss(2.0 * weight)  # loss * 1024
(gradient,) = tape.gradient(scaled_loss, [weight])
print("static scale, scaled gradient:", gradient.numpy())
optimizer.apply_gradients([(gradient, weight)])  # divides by 1024
print("weight after one step:", round(float(weight.numpy()), 4))
# No check for overflow: an inf gradient reaches the weight.
optimizer.apply_gradients([(tf.constant(np.inf), weight)])
print("after an inf gradient: weight", weight.numpy())

# The Keras 2 spelling of a fixed scale is refused.
try:
    keras.optimizers.LossScaleOptimizer(keras.optimizers.SGD(), dynamic=False)
except ValueError as error:
    print("ValueError:", str(error).split(". ")[0])
