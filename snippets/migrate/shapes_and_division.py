import tensorflow as tf

v1 = tf.compat.v1

# TensorShape: Dimension objects in TF 1.x behaviour, ints in TensorFlow 2.
print("TF 2:  ", type(tf.TensorShape([3, None])[0]).__name__)
try:
    first = tf.TensorShape([3, None])[0].value
except AttributeError as error:
    print(f"TF 2:   shape[0].value: AttributeError: {error}")
v1.disable_v2_tensorshape()
try:
    shape = tf.TensorShape([3, None])
    print("TF 1.x:", type(shape[0]).__name__, "| unknown:", shape[1].value)
finally:
    v1.enable_v2_tensorshape()

# Division: tf.compat.v1.div floors integers (Python 2 style), tf.math.divide
# does true division and returns float64 for int32.
seven, two = tf.constant(-7), tf.constant(2)
print("v1.div(-7, 2):         ", v1.div(seven, two).numpy())
quotient = tf.math.divide(seven, two)
print("tf.math.divide(-7, 2): ", quotient.numpy(), quotient.dtype.name)
true_quotient = seven / two
print(
    "-7 / 2:                ", true_quotient.numpy(), true_quotient.dtype.name
)
print("-7 // 2:               ", (seven // two).numpy())
print("tf.truncatediv(-7, 2): ", tf.truncatediv(seven, two).numpy())
