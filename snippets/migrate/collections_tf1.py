import numpy as np
import tensorflow as tf

v1 = tf.compat.v1

# TF 1.x: a regularized weight, a moving mean (as batch norm keeps), and the
# global collections that tied them to the training op.
graph = tf.Graph()
with graph.as_default():
    x = v1.placeholder(tf.float32, [None, 4])
    w = v1.get_variable(
        "w",
        initializer=tf.ones([4, 1]),
        regularizer=lambda t: 0.01 * tf.reduce_sum(t**2),
    )
    moving_mean = v1.get_variable(
        "moving_mean", initializer=tf.zeros([4]), trainable=False
    )
    batch_mean = tf.reduce_mean(x, axis=0)
    update = v1.assign(moving_mean, 0.9 * moving_mean + 0.1 * batch_mean)
    v1.add_to_collection(v1.GraphKeys.UPDATE_OPS, update)
    loss = tf.reduce_mean(tf.matmul(x - batch_mean, w) ** 2)
    total_loss = loss + v1.losses.get_regularization_loss()
    keys = v1.GraphKeys
    print(
        "REGULARIZATION_LOSSES:",
        len(v1.get_collection(keys.REGULARIZATION_LOSSES)),
    )
    print("TRAINABLE_VARIABLES:", [v.name for v in v1.trainable_variables()])
    optimizer = v1.train.GradientDescentOptimizer(0.1)
    train_forgot = optimizer.minimize(total_loss)
    with tf.control_dependencies(v1.get_collection(keys.UPDATE_OPS)):
        train_ok = optimizer.minimize(total_loss)
    init = v1.global_variables_initializer()

data = np.ones((8, 4), np.float32)
with v1.Session(graph=graph) as sess:
    sess.run(init)
    sess.run(train_forgot, {x: data})
    print("moving mean, train op alone:   ", sess.run(moving_mean))
    sess.run(train_ok, {x: data})
    print("moving mean, with UPDATE_OPS:  ", sess.run(moving_mean))
