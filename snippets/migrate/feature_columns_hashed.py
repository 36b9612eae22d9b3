import keras
import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
fc = tf.feature_column
colors = np.array([["red"], ["green"], ["blue"], ["cyan"]])
sizes = np.array([["S"], ["M"], ["L"], ["S"]])

# TF 1.x: a hashed column, its cross with size, and an embedding of it.
color_ids = fc.categorical_column_with_hash_bucket("color", 8)
size_ids = fc.categorical_column_with_vocabulary_list("size", ["S", "M", "L"])
cross_ids = fc.crossed_column(["color", "size"], 16)
color_vectors = fc.embedding_column(
    color_ids, 3, initializer=tf.constant_initializer(np.arange(24.0) / 10)
)
graph = tf.Graph()
with graph.as_default():
    features = {"color": tf.constant(colors), "size": tf.constant(sizes)}
    outputs = [
        v1.feature_column.input_layer(features, [fc.indicator_column(c)])
        for c in (color_ids, cross_ids)
    ]
    outputs.append(v1.feature_column.input_layer(features, [color_vectors]))
    with v1.Session(graph=graph) as sess:
        sess.run([v1.global_variables_initializer(), v1.tables_initializer()])
        hashed, crossed, embedded = sess.run(outputs)

# Keras 3: Hashing, HashedCrossing, and an Embedding of the hashed ids.
hashing = keras.layers.Hashing(num_bins=8)
crossing = keras.layers.HashedCrossing(num_bins=16)
embedding = keras.layers.Embedding(
    8,
    3,
    embeddings_initializer=keras.initializers.Constant(
        np.arange(24.0).reshape(8, 3) / 10
    ),
)
print("hash buckets, columns:", hashed.argmax(1))
print("hash buckets, Hashing:", hashing(colors).numpy().ravel())
print("cross buckets, columns:       ", crossed.argmax(1))
print(
    "cross buckets, HashedCrossing:", crossing((colors, sizes)).numpy().ravel()
)
vectors = embedding(hashing(colors))[:, 0]
print("same embeddings:", np.allclose(embedded, vectors))
