import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
rng = np.random.default_rng(0)
initial_weights = rng.normal(0.0, 0.01, (64, 10)).astype(np.float32)
some_images = rng.random((5, 64), dtype=np.float32)

# 1. A graph context: placeholders and a session inside this eager program.
graph = tf.Graph()
# builds into this graph only; outside the block, eager as before
with graph.as_default():
    images = v1.placeholder(tf.float32, [None, 64], name="images")
    with v1.variable_scope("softmax"):
        weights = v1.get_variable("weights", initializer=initial_weights)
    logits = tf.matmul(images, weights)
    print(
        "inside the graph context, executing eagerly:", tf.executing_eagerly()
    )
    init = v1.global_variables_initializer()
with v1.Session(graph=graph) as sess:
    sess.run(init)
    graph_logits = sess.run(logits, feed_dict={images: some_images})
print("after it, executing eagerly:", tf.executing_eagerly())


# 2. wrap_function: the same TF 1.x-style code becomes a TF 2 callable that
# takes tensors.
def tf1_style_logits(images):
    with v1.variable_scope("softmax"):
        weights = v1.get_variable("weights", initializer=initial_weights)
    return tf.matmul(images, weights)


wrapped = v1.wrap_function(
    tf1_style_logits, [tf.TensorSpec([None, 64], tf.float32)]
)
print("wrapped variables:", [v.name for v in wrapped.variables])
print(
    "same logits from the session and the wrapped function:",
    np.allclose(graph_logits, wrapped(tf.constant(some_images))),
)
