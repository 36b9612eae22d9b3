import tensorflow as tf

lifted_runs = []


@tf.function
def lookup(index):
    eager_in_body = tf.executing_eagerly()
    with tf.init_scope():
        # runs eagerly, once per trace, outside the graph
        lifted_runs.append(tf.executing_eagerly())
        table = tf.constant([10.0, 20.0, 30.0])
    return eager_in_body, tf.gather(table, index)


eager_in_body, value = lookup(tf.constant(1))
print("body eager:", bool(eager_in_body), "| init_scope eager:", lifted_runs[0])
print(float(value), float(lookup(tf.constant(2))[1]))
print("init_scope code ran:", len(lifted_runs), "time(s) for 2 calls")
