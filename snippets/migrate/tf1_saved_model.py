import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
rng = np.random.default_rng(0)
initial_weights = rng.normal(0.0, 0.01, (64, 10)).astype(np.float32)
some_images = rng.random((3, 64), dtype=np.float32)

# A TF 1.x export, made in a graph context: a SavedModel with a signature,
# and a frozen GraphDef (variables turned into constants).
graph = tf.Graph()
with graph.as_default():
    images = v1.placeholder(tf.float32, [None, 64], name="images")
    with v1.variable_scope("softmax"):
        weights = v1.get_variable("weights", initializer=initial_weights)
    logits = tf.identity(tf.matmul(images, weights), name="logits")
    probabilities = tf.nn.softmax(logits, name="probabilities")
    with v1.Session(graph=graph) as sess:
        sess.run(v1.global_variables_initializer())
        session_logits = sess.run(logits, {images: some_images})
        builder = v1.saved_model.Builder("tf1_saved_model")
        signature = v1.saved_model.predict_signature_def(
            inputs={"images": images},
            outputs={"logits": logits, "probabilities": probabilities},
        )
        builder.add_meta_graph_and_variables(
            sess,
            [v1.saved_model.tag_constants.SERVING],
            signature_def_map={"serving_default": signature},
        )
        builder.save()
        frozen = v1.graph_util.convert_variables_to_constants(
            sess, graph.as_graph_def(), ["logits"]
        )
with open("frozen_graph.pb", "wb") as file:
    file.write(frozen.SerializeToString())
print("frozen graph ops:", [node.op for node in frozen.node])
