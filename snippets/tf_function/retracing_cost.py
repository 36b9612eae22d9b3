import logging
import time

import tensorflow as tf


class Collect(logging.Handler):
    """Keeps the messages of TensorFlow's Python logger in a list."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


collect = Collect()
tf.get_logger().addHandler(collect)


def double(x):
    return tf.multiply(x, 2.0)


retracing = tf.function(double)
double(0.0)  # warm up eager execution once, untimed, so start-up is not counted

start = time.perf_counter()
for i in range(20):
    double(float(i))  # eager: one operation per call
eager_seconds = time.perf_counter() - start

start = time.perf_counter()
for i in range(20):
    retracing(float(i))  # a new Python float each call: a new trace each call
traced_seconds = time.perf_counter() - start
print("traces:", retracing.experimental_get_tracing_count())
print(
    "retracing on every call slower than eager:", traced_seconds > eager_seconds
)
tf.get_logger().removeHandler(collect)
print(
    "retracing warning logged:",
    any("triggered tf.function retracing" in m for m in collect.messages),
)
