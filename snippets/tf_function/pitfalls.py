import dataclasses

import keras
import numpy as np
import tensorflow as tf


# 1. A Python float as an argument: every new value is a new trace.
@tf.function
def scaled(x, factor):
    return x * factor


for factor in [0.1, 0.2, 0.3]:
    scaled(tf.constant(1.0), factor)
print("1. Python floats, traces:", scaled.experimental_get_tracing_count())
for factor in [0.4, 0.5, 0.6]:
    scaled(tf.constant(1.0), tf.constant(factor))
print(
    "   tensors added one trace, total:",
    scaled.experimental_get_tracing_count(),
)


# 2. A fresh Python object on every call. A plain object is matched by identity.
class Options:
    def __init__(self, factor):
        self.factor = factor


@tf.function
def apply(x, options):
    return x * options.factor


for _ in range(3):
    apply(tf.constant(1.0), Options(2.0))
print("2. fresh objects, traces:", apply.experimental_get_tracing_count())


@tf.function
def array_sum(array):
    return tf.reduce_sum(array)


# a NumPy array is matched by shape and dtype, like a tensor
for value in [1.0, 2.0, 3.0]:
    array_sum(np.full((2, 2), value, dtype=np.float32))
print(
    "   new NumPy arrays of one shape, traces:",
    array_sum.experimental_get_tracing_count(),
)
options = Options(2.0)
apply(tf.constant(1.0), options)
# the same object: its trace is reused, with the old factor
options.factor = 3.0
print("   after changing factor:", apply(tf.constant(1.0), options).numpy())


# matched by == and hash, while the earlier object lives
class EqualOptions(Options):
    def __eq__(self, other):
        return isinstance(other, EqualOptions) and self.factor == other.factor

    def __hash__(self):
        return hash(self.factor)


@tf.function
def apply_equal(x, options):
    return x * options.factor


kept = [EqualOptions(2.0) for _ in range(3)]
for item in kept:
    apply_equal(tf.constant(1.0), item)
print(
    "   equal objects, kept alive, traces:",
    apply_equal.experimental_get_tracing_count(),
)


# a fresh equal object on every call, dropped after it: it retraces
@dataclasses.dataclass(frozen=True)  # frozen: __eq__ and __hash__
class FrozenOptions:
    factor: float


@tf.function
def apply_frozen(x, options):
    return x * options.factor


for _ in range(2):
    apply_frozen(tf.constant(1.0), FrozenOptions(2.0))
print(
    "   equal temporaries, traces:",
    apply_frozen.experimental_get_tracing_count(),
)


@dataclasses.dataclass  # __eq__ without __hash__: not usable as a key
class PlainOptions:
    factor: float


try:
    apply_frozen(tf.constant(1.0), PlainOptions(2.0))
except TypeError as error:
    print(
        "   plain dataclass:",
        type(error).__name__,
        "| no TraceType:",
        "Could not generate a generic TraceType" in str(error),
    )


# 3. print runs while tracing, not on every call.
@tf.function
def noisy(x):
    print("3. print inside tf.function ran")
    return x + 1


for i in range(3):
    noisy(tf.constant(i))


# 4. The TF 2.0-era step that takes the model and optimizer as arguments.
@tf.function
def train_step(model, optimizer, x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((model(x) - y) ** 2)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def make_model():
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])


x, y = tf.ones((4, 3)), tf.ones((4, 1))
train_step(make_model(), keras.optimizers.Adam(), x, y)  # the first model: fine
try:
    # a second one: a new trace
    train_step(make_model(), keras.optimizers.Adam(), x, y)
except ValueError as error:
    print(
        "4.",
        type(error).__name__,
        "| only on the first call:",
        "created on the first call" in str(error),
    )


# The fix: one step per model and optimizer, which it captures; only tensors are
# passed.
def make_step(model, optimizer):
    # its variables exist before the first trace
    optimizer.build(model.trainable_variables)

    @tf.function
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((model(x, training=True) - y) ** 2)
            # penalties that layers add (none in this model)
            loss += sum(model.losses)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    return step


steps = [make_step(make_model(), keras.optimizers.Adam()) for _ in range(2)]
for step in steps:
    step(x, y)
print(
    "   a step per model, traces:",
    [step.experimental_get_tracing_count() for step in steps],
)
