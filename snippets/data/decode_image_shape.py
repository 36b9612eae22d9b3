# Continues snippets/data/image_files.py: uses paths from it.
import tensorflow as tf


def load_any(path):
    image = tf.io.decode_image(tf.io.read_file(path), channels=1)
    return tf.image.resize(image, [16, 16])


try:
    paths.map(load_any)
except ValueError as error:
    print("ValueError |", "'images' contains no shape" in str(error))


def load_still(path):
    image = tf.io.decode_image(
        tf.io.read_file(path), channels=1, expand_animations=False
    )
    return tf.image.resize(image, [16, 16])


print(paths.map(load_still).element_spec)
