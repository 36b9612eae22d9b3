import tensorflow as tf


@tf.function
def take_next(iterator):
    return next(iterator)


python_iterator = iter([1, 2, 3])
print("Python iterator:", [int(take_next(python_iterator)) for _ in range(3)])
print("left in it:", list(python_iterator))

dataset_iterator = iter(tf.data.Dataset.from_tensor_slices([1, 2, 3]))
print("tf.data iterator:", [int(take_next(dataset_iterator)) for _ in range(3)])

generator_runs = []


def numbers():
    generator_runs.append(1)
    yield from [1.0, 2.0, 3.0]


generated = tf.data.Dataset.from_generator(
    numbers, output_signature=tf.TensorSpec([], tf.float32)
)


@tf.function
def dataset_total(dataset):
    result = tf.constant(0.0)
    for value in dataset:
        result += value
    return result


print(
    "from_generator totals:",
    [float(dataset_total(generated)) for _ in range(2)],
)
print(
    "traces:",
    dataset_total.experimental_get_tracing_count(),
    "| generator runs:",
    len(generator_runs),
)
