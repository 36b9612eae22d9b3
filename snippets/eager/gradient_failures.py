import tensorflow as tf

x = tf.Variable(2.0)
with tf.GradientTape(persistent=True) as tape:
    # an integer cast and tf.round give no gradient: the path is cut
    through_int = tf.cast(tf.cast(x, tf.int32), tf.float32) * 3.0
    rounded = tf.round(x) * 3.0
    # tf.sign's registered gradient is zeros: 0.0, not None
    signed = tf.sign(x) * 3.0
    # argmax returns an index, not a function of x's value
    index = tf.cast(tf.argmax([x, 1.0]), tf.float32)
    # only the branch that ran is recorded
    branch = x * x if x > 0 else -x
print("through int32:", tape.gradient(through_int, x))
print("tf.round:     ", tape.gradient(rounded, x))
print("tf.sign:      ", tape.gradient(signed, x).numpy())
print("tf.argmax:    ", tape.gradient(index, x))
print("branch taken: ", tape.gradient(branch, x).numpy())
del tape

# State breaks the chain: assign_add is recorded as an update, not as a
# function of `a`.
a = tf.Variable(3.0)
total = tf.Variable(0.0)
with tf.GradientTape(persistent=True) as tape:
    total.assign_add(a)
    y = total * total
print("dy/da through assign_add:", tape.gradient(y, a))
print("dy/dtotal:               ", tape.gradient(y, total).numpy())
del tape

# An operation with no gradient function registered raises LookupError.
image = tf.Variable([[[0.5, 0.2, 0.1]]])
with tf.GradientTape() as tape:
    brighter = tf.image.adjust_contrast(image, 2.0)
try:
    tape.gradient(brighter, image)
except LookupError as error:
    print(type(error).__name__, "|", error)
