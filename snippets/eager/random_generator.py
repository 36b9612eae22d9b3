import tensorflow as tf

generator = tf.random.Generator.from_seed(42)
first = generator.normal([3])
second = generator.normal([3])  # the state moved on: new numbers
print("second draw differs:", bool(tf.reduce_any(first != second)))
print("state is a", type(generator.state).__name__)

generator.reset_from_seed(42)
print(
    "reset, equal again: ", bool(tf.reduce_all(generator.normal([3]) == first))
)

# tf.random.set_seed does not touch a generator made from a seed.
tf.random.set_seed(5)
other = tf.random.Generator.from_seed(42)
print("set_seed ignored:   ", bool(tf.reduce_all(other.normal([3]) == first)))

# Independent streams, for example one per worker or per layer.
streams = generator.split(2)
print(
    "two streams differ: ",
    bool(streams[0].uniform([]) != streams[1].uniform([])),
)


# Create the generator outside tf.function; the function draws from it.
@tf.function
def draw():
    return generator.uniform([])


print("two calls differ:   ", bool(draw() != draw()))
