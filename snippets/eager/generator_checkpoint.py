import os
import tempfile

import tensorflow as tf

generator = tf.random.Generator.from_seed(7)
checkpoint = tf.train.Checkpoint(generator=generator)
path = checkpoint.save(os.path.join(tempfile.mkdtemp(), "rng"))
after_save = generator.normal([3])  # the state moves on
generator.normal([3])
checkpoint.restore(path)  # back to the state at save time
print(
    "same draw after restore:",
    bool(tf.reduce_all(generator.normal([3]) == after_save)),
)
