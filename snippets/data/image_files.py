import os
import shutil

import tensorflow as tf

from tfguide.data import load_digits

# Write the first 30 digits as PNG files, one folder per class: images/3/...
images, labels = load_digits()  # float32 in [0, 1]
shutil.rmtree("images", ignore_errors=True)
for index in range(30):
    pixels = tf.cast(tf.round(images[index] * 255), tf.uint8)
    folder = os.path.join("images", str(labels[index]))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{index:04d}.png")
    tf.io.write_file(path, tf.io.encode_png(pixels))


def load(path):
    image = tf.io.decode_png(tf.io.read_file(path), channels=1)
    image = tf.image.resize(image, [16, 16])  # float32, same range
    label = tf.strings.split(path, os.sep)[-2]  # the folder's name
    return image / 255.0, tf.strings.to_number(label, tf.int32)


paths = tf.data.Dataset.list_files("images/*/*.png", shuffle=False)
decoded = paths.map(load, num_parallel_calls=tf.data.AUTOTUNE)
print("files:", int(paths.cardinality()))
print(decoded.element_spec)
image, label = next(iter(decoded))
print("first:", image.shape, "label", int(label))
first_path = next(iter(paths))
raw = tf.io.decode_png(tf.io.read_file(first_path), channels=1)
resized = tf.image.resize(raw, [16, 16])
print("decode_png:", raw.dtype.name, "| resize:", resized.dtype.name, end=" ")
print(
    round(float(tf.reduce_min(resized))), round(float(tf.reduce_max(resized)))
)

# PNG is lossless; JPEG is not.
pixels = tf.cast(tf.round(images[0] * 255), tf.uint8)
png = tf.io.decode_png(tf.io.encode_png(pixels))
jpeg = tf.io.decode_jpeg(tf.io.encode_jpeg(pixels, quality=95))
print("PNG round trip equal:", bool(tf.reduce_all(png == pixels)))
error = tf.abs(tf.cast(jpeg, tf.int32) - tf.cast(pixels, tf.int32))
print("JPEG round trip equal:", bool(tf.reduce_all(error == 0)))
