import tensorflow as tf


class Reading(tf.experimental.ExtensionType):
    values: tf.Tensor
    unit: str


@tf.function
def in_metres(reading):
    print("tracing for unit", reading.unit, reading.values.shape)
    scale = 1000.0 if reading.unit == "km" else 1.0
    return reading.values * scale


print(in_metres(Reading(tf.constant([1.0, 2.0]), "km")).numpy())
print(in_metres(Reading(tf.constant([3.0, 4.0]), "km")).numpy())
print(in_metres(Reading(tf.constant([5.0, 6.0]), "m")).numpy())
print("traces:", in_metres.experimental_get_tracing_count())
print(in_metres.pretty_printed_concrete_signatures().splitlines()[1].strip())
