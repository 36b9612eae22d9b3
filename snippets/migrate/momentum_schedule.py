import keras
import tensorflow as tf

# Momentum 0.9, gradient 1 at every step, learning rate 0.1 for the first
# step and 0.01 afterwards.
learning_rate = tf.Variable(0.1)
v1_weight = tf.Variable(1.0)
keras_weight = tf.Variable(1.0)
v1_momentum = tf.compat.v1.train.MomentumOptimizer(
    lambda: learning_rate, momentum=0.9
)
keras_momentum = keras.optimizers.SGD(0.1, momentum=0.9)
for step in range(3):
    if step == 1:
        learning_rate.assign(0.01)
        keras_momentum.learning_rate = 0.01
    v1_momentum.apply_gradients([(tf.constant(1.0), v1_weight)])
    keras_momentum.apply_gradients([(tf.constant(1.0), keras_weight)])
    print(
        f"after step {step + 1}: MomentumOptimizer {float(v1_weight):.4f}"
        f" | SGD(momentum=0.9) {float(keras_weight):.4f}"
    )
