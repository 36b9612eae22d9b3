# A TensorFlow 1.x program: softmax regression on the 8x8 digits, built as a
# graph and run in a session. Two lines differ from the TF 1.x original: the
# import and the line marked (*). It prints with str.format: on Python 3.12
# and later, tf_upgrade_v2 miswrites an f-string, or fails on several.
import numpy as np
import tensorflow.compat.v1 as tf

from tfguide.data import split_digits

# (*) graph mode for the whole process, before anything else runs
tf.disable_eager_execution()

# 1,438 training and 359 test images
(train_x, train_y), (test_x, test_y) = split_digits()
train_x, test_x = train_x.reshape(-1, 64), test_x.reshape(-1, 64)
initial_weights = (
    np.random.default_rng(0).normal(0.0, 0.01, (64, 10)).astype(np.float32)
)

# 1. Build the graph: placeholders stand for the data, variables hold the
# parameters.
images = tf.placeholder(tf.float32, [None, 64], name="images")
labels = tf.placeholder(tf.int32, [None], name="labels")
with tf.variable_scope("softmax"):
    weights = tf.get_variable("weights", initializer=initial_weights)
    bias = tf.get_variable(
        "bias", shape=[10], initializer=tf.zeros_initializer()
    )
logits = tf.matmul(images, weights) + bias
loss = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
)
predicted = tf.argmax(logits, axis=1, output_type=tf.int32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, labels), tf.float32))
train_op = tf.train.GradientDescentOptimizer(learning_rate=0.5).minimize(loss)
saver = tf.train.Saver()
print("executing eagerly:", tf.executing_eagerly())
print("loss is", loss)

# 2. Run the graph: a session initializes the variables, then runs the training
# op per batch.
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(1, 6):
        for start in range(0, len(train_y), 100):
            batch = {
                images: train_x[start : start + 100],
                labels: train_y[start : start + 100],
            }
            sess.run(train_op, feed_dict=batch)
        epoch_loss = sess.run(
            loss, feed_dict={images: train_x, labels: train_y}
        )
        print("epoch {}: training loss {:.4f}".format(epoch, epoch_loss))
    test_accuracy = sess.run(
        accuracy, feed_dict={images: test_x, labels: test_y}
    )
    print("test accuracy {:.3f}".format(test_accuracy))
    print("checkpoint:", saver.save(sess, "tf1_checkpoint/model"))
