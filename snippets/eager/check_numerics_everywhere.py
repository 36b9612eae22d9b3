import tensorflow as tf

tf.debugging.enable_check_numerics()  # from now on, every op checks its outputs
try:
    tf.math.log(tf.constant([1.0, 0.0]))  # log(0) is -inf
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__, "| names the op:", '"Log"' in error.message)
finally:
    # the checks slow every op down: switch them off
    tf.debugging.disable_check_numerics()

# unchecked again: -inf passes
print(tf.math.log(tf.constant([1.0, 0.0])).numpy())
