import time

import tensorflow as tf


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
