import tensorflow as tf

# a Python number: its value is fixed into the graph when it is traced
scale = 2.0
# a tensor: captured as it is when the graph is traced
offset = tf.constant(10.0)
# a variable: the graph reads its current value on every call
bias = tf.Variable(100.0)


@tf.function
def affine(x):
    return x * scale + offset + bias


print(affine(tf.constant(1.0)).numpy())
scale = 3.0  # rebinding the names does not reach the existing graph
offset = tf.constant(20.0)
bias.assign(200.0)  # assigning to the variable does
print(affine(tf.constant(1.0)).numpy())
print("traces:", affine.experimental_get_tracing_count())


def make_scaler(factor):  # a closure captures in the same way as a global
    @tf.function
    def scaler(x):
        return x * factor

    return scaler


print(
    make_scaler(2.0)(tf.constant(5.0)).numpy(),
    make_scaler(3.0)(tf.constant(5.0)).numpy(),
)
