import tensorflow as tf


@tf.function
def double(x):
    print("Python ran, x is", type(x).__name__)  # EagerTensor only when run eagerly
    return 2 * x


tf.config.run_functions_eagerly(True)  # every tf.function now runs as plain Python
for i in range(2):
    double(tf.constant(i))
tf.config.run_functions_eagerly(False)  # back to graphs: switch it off after debugging
for i in range(2):
    double(tf.constant(i))
print("graphs again:", not tf.config.functions_run_eagerly())
