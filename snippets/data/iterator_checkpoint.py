import os
import shutil

import tensorflow as tf

shutil.rmtree("iterator_ckpt", ignore_errors=True)
numbers = tf.data.Dataset.range(10).shuffle(10, seed=1)
iterator = iter(numbers)
checkpoint = tf.train.Checkpoint(iterator=iterator)

print("read:", [int(next(iterator)) for _ in range(3)])
saved = checkpoint.save("iterator_ckpt/state")
print("then:", [int(next(iterator)) for _ in range(3)])
checkpoint.restore(saved)
print("after restore:", [int(next(iterator)) for _ in range(3)])


def checkpoint_bytes(buffer_size, symbolic=False):
    folder = f"iterator_ckpt/buffer_{buffer_size}_{symbolic}"
    vectors = tf.data.Dataset.range(100_000).map(
        lambda i: tf.fill([64], tf.cast(i, tf.float32))
    )
    options = tf.data.Options()
    options.experimental_symbolic_checkpoint = symbolic
    it = iter(vectors.shuffle(buffer_size, seed=0).with_options(options))
    next(it)
    tf.train.Checkpoint(iterator=it).save(f"{folder}/state")
    return sum(
        os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder)
    )


# The shuffle buffer is part of the iterator's state.
print("shuffle(1) checkpoint under 10 KB:", checkpoint_bytes(1) < 10_000)
print("shuffle(1000) checkpoint over 100 KB:", checkpoint_bytes(1000) > 100_000)
# The symbolic option saves no buffer space with a shuffle, and no error.
print(
    "symbolic, shuffle(1000) over 100 KB:",
    checkpoint_bytes(1000, symbolic=True) > 100_000,
)


def count():
    yield from range(5)


from_python = iter(
    tf.data.Dataset.from_generator(
        count, output_signature=tf.TensorSpec([], tf.int32)
    )
)
next(from_python)
try:
    tf.train.Checkpoint(iterator=from_python).save("iterator_ckpt/gen")
except tf.errors.FailedPreconditionError as error:
    print(
        "from_generator: FailedPreconditionError |",
        "PyFunc is stateful" in str(error),
    )
del from_python

via_python = iter(
    tf.data.Dataset.range(5).map(
        lambda x: tf.py_function(lambda v: v, [x], tf.int64)
    )
)
next(via_python)
try:
    tf.train.Checkpoint(iterator=via_python).save("iterator_ckpt/py")
except tf.errors.FailedPreconditionError as error:
    print(
        "py_function: FailedPreconditionError |",
        "EagerPyFunc is stateful" in str(error),
    )
