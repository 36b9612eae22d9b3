import tensorflow as tf

from tfguide.data import load_digits

images, labels = load_digits()
digits = tf.data.Dataset.from_tensor_slices((images, labels))


def center(image, label):
    # Python runs once, while map() traces
    print("tracing center() with", image.shape)
    return image - 0.5, label


centered = digits.map(center)  # the trace happens here, not per element
# keep where True
zeros_and_ones = centered.filter(lambda image, label: label < 2)
# -2: unknown
print("cardinality after filter:", int(zeros_and_ones.cardinality()))
print(
    "elements kept:", int(zeros_and_ones.reduce(0, lambda count, _: count + 1))
)
# still -2
print("cardinality after a pass:", int(zeros_and_ones.cardinality()))
image, label = next(iter(zeros_and_ones))
print("pixel range:", float(tf.reduce_min(image)), float(tf.reduce_max(image)))
