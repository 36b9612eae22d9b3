"""A model written as tf.Module subclasses, and the variables the module
finds by itself.
"""

import tensorflow as tf

tf.random.set_seed(0)


class Dense(tf.Module):
    """y = activation(x @ w + b), with its weights as tracked attributes."""

    def __init__(self, n_in, n_out, activation=None, name=None):
        super().__init__(name=name)
        with self.name_scope:  # variable names start with the module's name
            self.w = tf.Variable(
                tf.random.normal([n_in, n_out], stddev=(2 / n_in) ** 0.5),
                name="w",
            )
            self.b = tf.Variable(tf.zeros([n_out]), name="b")
        # a Python function: not tracked, not saved
        self.activation = activation

    def __call__(self, x):
        y = x @ self.w + self.b
        return self.activation(y) if self.activation else y


class DigitsMLP(tf.Module):
    """8x8 float images in [0, 1] -> 10 logits, through one hidden layer."""

    def __init__(self, hidden=32, name=None):
        super().__init__(name=name)
        with self.name_scope:
            self.layers = [
                Dense(64, hidden, tf.nn.relu, name="hidden"),
                Dense(hidden, 10, name="output"),
            ]
            # training steps taken
            self.steps = tf.Variable(0, trainable=False, name="steps")

    @tf.function(
        input_signature=[
            tf.TensorSpec([None, 8, 8, 1], tf.float32, name="images")
        ]
    )
    def __call__(self, images):
        x = tf.reshape(images, [-1, 64])
        for layer in self.layers:
            x = layer(x)
        return x


mlp = DigitsMLP(name="digits_mlp")
for variable in mlp.variables:
    print(
        f"{variable.name:24} {variable.shape!s:9}",
        f"trainable: {variable.trainable}",
    )
print("trainable_variables:", len(mlp.trainable_variables))
print("submodules:", [module.name for module in mlp.submodules])
print("logits for 2 images:", mlp(tf.zeros([2, 8, 8, 1])).shape)
