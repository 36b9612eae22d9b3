import tensorflow as tf

# The same two lines in a TF 1.x graph context and in eager TensorFlow 2.
with tf.Graph().as_default():
    a, b = tf.constant([1, 2]), tf.constant([1, 2])
    print("graph context: a == b ->", a == b, "| set of both:", len({a, b}))

a, b = tf.constant([1, 2]), tf.constant([1, 2])
print("eager: a == b ->", (a == b).numpy())
try:
    both = {a, b}
except TypeError as error:
    print(f"eager set: TypeError: {error}")
print("eager set of refs:", len({a.ref(), b.ref()}))
