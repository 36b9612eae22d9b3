import tensorflow as tf

# A stateless op is a pure function of its seed, a pair of integers.
seed = tf.constant([1, 2])
x = tf.random.stateless_uniform([3], seed=seed)
y = tf.random.stateless_uniform([3], seed=seed)
print("same seed, equal:", bool(tf.reduce_all(x == y)))

# More draws need new seeds; tf.random.split derives them from this one.
seeds = tf.random.split(seed, num=2)  # shape (2, 2): two new seed pairs
print("split seeds:", seeds.shape)
noise = tf.random.stateless_normal([3], seed=seeds[0])
dropout_mask = tf.random.stateless_uniform([3], seed=seeds[1]) > 0.5
print(noise.dtype, dropout_mask.dtype)

try:
    tf.random.stateless_uniform([3], seed=1)
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__,
        "| seed must have shape [2]:",
        "seed must have shape [2]" in error.message,
    )
