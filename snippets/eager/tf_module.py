import tensorflow as tf


class Affine(tf.Module):
    """y = x @ w + b, with its variables kept on the module."""

    def __init__(self, inputs, outputs, name=None):
        super().__init__(name=name)
        self.w = tf.Variable(tf.ones((inputs, outputs)), name="w")
        self.b = tf.Variable(tf.zeros((outputs,)), name="b")

    def __call__(self, x):
        return x @ self.w + self.b


class TwoLayers(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        # modules inside modules are found too
        self.first = Affine(3, 2, name="first")
        self.second = Affine(2, 1, name="second")
        self.calls = tf.Variable(0, trainable=False)  # state, but not trained

    def __call__(self, x):
        self.calls.assign_add(1)
        return self.second(tf.nn.relu(self.first(x)))


net = TwoLayers(name="net")
print(net(tf.ones((1, 3))).numpy())
print(
    "all variables:",
    len(net.variables),
    "| trainable:",
    len(net.trainable_variables),
)
print("submodules:", [module.name for module in net.submodules])
