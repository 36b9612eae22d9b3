import tensorflow as tf

numbers = tf.data.Dataset.range(4)

# A legacy random op with an op seed restarts its sequence in every epoch.
noisy = numbers.map(
    lambda i: tf.random.uniform([], maxval=100, dtype=tf.int32, seed=1)
)
print("legacy op, epoch 1:", [int(x) for x in noisy])
print("legacy op, epoch 2:", [int(x) for x in noisy])

# A Generator made outside the function: its state is a variable that every
# element advances, so the numbers depend on the order the elements run in.
generator = tf.random.Generator.from_seed(1)
drawn = numbers.map(lambda i: generator.uniform([], maxval=100, dtype=tf.int32))
print("generator, epoch 1:", [int(x) for x in drawn])
print("generator, epoch 2:", [int(x) for x in drawn])


# A Generator made inside the function creates a variable on every trace.
def new_generator_each_time(i):
    fresh = tf.random.Generator.from_seed(1)
    return fresh.uniform([], maxval=100, dtype=tf.int32)


try:
    numbers.map(new_generator_each_time)
except ValueError as error:
    print(
        "ValueError |",
        "only supports singleton tf.Variables" in str(error),
    )
