# Continues snippets/migrate/tf1_saved_model.py: uses session_logits and
# some_images from it.
import numpy as np
import tensorflow as tf

graph_def = tf.compat.v1.GraphDef()
with open("frozen_graph.pb", "rb") as file:
    graph_def.ParseFromString(file.read())

# Import the GraphDef inside a wrapped function, then cut out a function
# from the named input to the named output.
imported = tf.compat.v1.wrap_function(
    lambda: tf.compat.v1.import_graph_def(graph_def, name=""), []
)
frozen_logits = imported.prune(feeds="images:0", fetches="logits:0")
print("inputs:", [t.name for t in frozen_logits.inputs])
result = frozen_logits(tf.constant(some_images))
print("same logits as the session:", np.allclose(result, session_logits))
try:
    imported.prune(feeds="pictures:0", fetches="logits:0")
except (KeyError, ValueError) as error:
    first_sentence = str(error).strip("\"'").split(". ")[0]
    print(f"a wrong name: {type(error).__name__}: {first_sentence}")
