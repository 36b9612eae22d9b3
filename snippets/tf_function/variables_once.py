import tensorflow as tf

# Fix 1: create the variable outside; the function captures it.
weight = tf.Variable(2.0)


@tf.function
def scale(x):
    return weight * x


print(scale(tf.constant(1.0)).numpy(), scale(tf.constant(3.0)).numpy())
weight.assign(10.0)  # the graph reads the variable's current value
print(scale(tf.constant(1.0)).numpy())


# Fix 2: create it on the first call only, and keep it on the object.
class Scale(tf.Module):
    def __init__(self):
        super().__init__()  # sets the module's name and name scope
        self.weight = None

    @tf.function
    def __call__(self, x):
        if self.weight is None:
            self.weight = tf.Variable(2.0)
        return self.weight * x


layer = Scale()
print(layer(tf.constant(1.0)).numpy(), layer(tf.constant(3.0)).numpy())
print("variables:", len(layer.trainable_variables))
print("traces:", layer.__call__.experimental_get_tracing_count())
