import tensorflow as tf


class ActivationType(tf.types.experimental.TraceType):
    """The trace type of a Config: only the activation changes the graph."""

    def __init__(self, activation):
        self.activation = activation

    def is_subtype_of(self, other):
        return self == other

    def most_specific_common_supertype(self, others):
        return self if all(self == other for other in others) else None

    def placeholder_value(self, placeholder_context):
        # what the trace sees in place of the argument
        return Config(self.activation, note="(tracing)")

    def __eq__(self, other):
        return (
            isinstance(other, ActivationType)
            and self.activation == other.activation
        )

    def __hash__(self):
        return hash(self.activation)


class Config:
    def __init__(self, activation, note):
        self.activation = activation
        self.note = note  # for logs only: not part of the trace type

    def __tf_tracing_type__(self, context):
        return ActivationType(self.activation)


@tf.function
def layer(x, config):
    print("tracing for", config.activation, config.note)
    return tf.nn.relu(x) if config.activation == "relu" else tf.tanh(x)


x = tf.constant([-1.0, 2.0])
print(layer(x, Config("relu", note="run 1")).numpy())
print(layer(x, Config("relu", note="run 2")).numpy())  # a new object: reused
print(layer(x, Config("tanh", note="run 3")).numpy().round(3))
print("traces:", layer.experimental_get_tracing_count())
