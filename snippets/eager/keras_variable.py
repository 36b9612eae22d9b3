import keras
import tensorflow as tf

scale = keras.Variable([1.0, 2.0, 3.0], name="scale")
print("a tf.Variable:", isinstance(scale, tf.Variable))
print("its .value:   ", type(scale.value).__name__)

# It works where TensorFlow expects a tensor, and the tape watches it.
with tf.GradientTape() as tape:
    y = tf.reduce_sum(scale * scale)
print("gradient:", tape.gradient(y, scale).numpy())

scale.assign([4.0, 5.0, 6.0])
scale[0].assign(0.0)  # slices assign through the wrapped tf.Variable
print("value:", scale.numpy(), "| path:", scale.path)
