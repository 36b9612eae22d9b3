import tensorflow as tf

from tfguide.data import load_digits

images, labels = load_digits()
digits = tf.data.Dataset.from_tensor_slices((images[:64], labels[:64]))


def shift(image, label, seed):
    # pad to 10x10, then cut a random 8x8 window: a shift of up to 1 pixel
    padded = tf.pad(image, [[1, 1], [1, 1], [0, 0]])
    return tf.image.stateless_random_crop(padded, [8, 8, 1], seed=seed), label


def augmented(parallel_calls=None):
    # one seed of shape [2] per element, new ones each epoch
    seeds = tf.data.Dataset.random(
        seed=42, rerandomize_each_iteration=True
    ).batch(2)
    return tf.data.Dataset.zip(digits, seeds).map(
        lambda pair, seed: shift(*pair, seed),
        num_parallel_calls=parallel_calls,
    )


def epoch(dataset):
    return tf.stack([image for image, _ in dataset])


pipeline = augmented()
first, second = epoch(pipeline), epoch(pipeline)
print("images changed:", not bool(tf.reduce_all(first == images[:64])))
print("epoch 2 differs from epoch 1:", not bool(tf.reduce_all(first == second)))
rebuilt = epoch(augmented(parallel_calls=tf.data.AUTOTUNE))
print(
    "rebuilt, parallel map, same epoch 1:",
    bool(tf.reduce_all(rebuilt == first)),
)
