import tensorflow as tf

# The global generator is made on first use, from a non-deterministic state;
# reset it from a seed for repeatable draws.
rng = tf.random.get_global_generator()
rng.reset_from_seed(3)
first = rng.uniform([2])
rng.reset_from_seed(3)
print("reset, equal:", bool(tf.reduce_all(rng.uniform([2]) == first)))


@tf.function
def draw():
    return tf.random.get_global_generator().uniform([])


draw()  # traced now: the function captured the state variable of rng
tf.random.set_global_generator(tf.random.Generator.from_seed(3))
replacement = tf.random.get_global_generator()
old_state = rng.state.numpy().tolist()
new_state = replacement.state.numpy().tolist()
draw()
print("replaced:", replacement is not rng)
print(
    "draw() moved the new one:", replacement.state.numpy().tolist() != new_state
)
print("draw() moved the old one:", rng.state.numpy().tolist() != old_state)
