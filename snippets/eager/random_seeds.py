import tensorflow as tf

# The global seed and the op seed together pick a sequence; each call of the
# op draws the next numbers of it.
tf.random.set_seed(1)
first = tf.random.uniform([3], seed=7)
second = tf.random.uniform([3], seed=7)
print("same op seed, second call equal:", bool(tf.reduce_all(first == second)))

tf.random.set_seed(1)  # resets the sequences
again = tf.random.uniform([3], seed=7)
print("after set_seed(1) again, equal: ", bool(tf.reduce_all(first == again)))

# With a global seed alone, TensorFlow derives each op's seed from it.
tf.random.set_seed(1)
a = tf.random.uniform([3])
tf.random.set_seed(1)
b = tf.random.uniform([3])
print("global seed only, reproducible: ", bool(tf.reduce_all(a == b)))
