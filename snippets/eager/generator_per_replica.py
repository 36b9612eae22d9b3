# Continues snippets/eager/two_logical_cpus.py: needs the logical devices
# CPU:0 and CPU:1 that it makes.
import tensorflow as tf

# Two replicas on the two logical CPUs from the start of the page.
strategy = tf.distribute.MirroredStrategy(["/CPU:0", "/CPU:1"])
with strategy.scope():
    generator = tf.random.Generator.from_seed(1)


@tf.function
def draw():
    return strategy.run(lambda: generator.normal([]))


values = strategy.experimental_local_results(draw())
print(
    "replicas:", len(values), "| streams differ:", bool(values[0] != values[1])
)
generator.reset_from_seed(1)
again = strategy.experimental_local_results(draw())
print("seeded, repeatable:", all(bool(a == b) for a, b in zip(values, again)))
