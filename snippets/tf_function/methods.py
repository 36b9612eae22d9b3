import tensorflow as tf


class Accumulator(tf.Module):
    def __init__(self, step):
        super().__init__()  # sets the module's name and name scope
        self.step = step  # a Python float: fixed into each trace
        # a tensor: captured at trace time, like a float
        self.bonus = tf.constant(0.0)
        # a variable: read by the graph on every call
        self.total = tf.Variable(0.0)

    @tf.function
    def add(self, x):
        print(f"tracing add for the instance with step {self.step}")
        self.total.assign_add(self.step * x + self.bonus)
        return self.total


small, large = Accumulator(1.0), Accumulator(10.0)
for x in [1.0, 2.0]:
    small.add(tf.constant(x))
    large.add(tf.constant(x))
print("totals:", small.total.numpy(), large.total.numpy())
print(
    "traces:",
    small.add.experimental_get_tracing_count(),
    large.add.experimental_get_tracing_count(),
)

small.step = 100.0  # not a variable: the existing trace still uses 1.0
# a new tensor: the trace still adds the old 0.0
small.bonus = tf.constant(1000.0)
small.add(tf.constant(1.0))
print("total after changing step and bonus:", small.total.numpy())
small.total.assign(50.0)  # a variable's new value reaches the graph
small.add(tf.constant(1.0))
print("total after assigning 50.0:", small.total.numpy())
print("traces:", small.add.experimental_get_tracing_count())
