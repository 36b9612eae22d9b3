import tensorflow as tf

from tfguide.data import load_digits

# NumPy arrays: (1797, 8, 8, 1) float32 and (1797,) int32
images, labels = load_digits()
# one element per row
digits = tf.data.Dataset.from_tensor_slices((images, labels))
print(digits.element_spec)
print("elements:", int(digits.cardinality()))

for image, label in digits.take(2):  # a dataset is a Python iterable
    print(image.shape, image.dtype.name, int(label))

image, label = next(iter(digits))  # one element, without a loop
print("first label:", int(label))

# the whole arrays as ONE element
whole = tf.data.Dataset.from_tensors((images, labels))
print(
    "from_tensors elements:",
    int(whole.cardinality()),
    whole.element_spec[0].shape,
)

by_name = tf.data.Dataset.from_tensor_slices(
    {"pixels": images.reshape(-1, 64), "label": labels}
)
print({key: spec.shape for key, spec in by_name.element_spec.items()})
print(
    "make_one_shot_iterator exists:", hasattr(digits, "make_one_shot_iterator")
)
