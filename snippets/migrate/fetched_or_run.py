import tensorflow as tf

v1 = tf.compat.v1

# TF 1.x: an assign that nothing fetches does not run.
graph = tf.Graph()
with graph.as_default():
    counter = v1.Variable(0.0)
    counter.assign(5.0)
    read = counter.read_value()
    with v1.Session(graph=graph) as sess:
        sess.run(counter.initializer)
        print("session:", sess.run(read))

# TensorFlow 2: tf.function runs stateful ops in program order.
counter2 = tf.Variable(0.0)


@tf.function
def assign_then_read():
    counter2.assign(5.0)
    return counter2.read_value()


print("tf.function:", assign_then_read().numpy())
