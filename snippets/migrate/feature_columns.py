import keras
import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
features = {
    "age": np.array([[10.0], [30.0], [70.0]], np.float32),
    "color": np.array([["green"], ["red"], ["blue"]]),
}

# TF 1.x: feature columns, run in a graph context with input_layer.
fc = tf.feature_column
age_column = fc.bucketized_column(fc.numeric_column("age"), [18, 65])
color_column = fc.indicator_column(
    fc.categorical_column_with_vocabulary_list("color", ["red", "green"])
)
graph = tf.Graph()
with graph.as_default():
    dense = v1.feature_column.input_layer(
        {key: tf.constant(value) for key, value in features.items()},
        [age_column, color_column],
    )
    with v1.Session(graph=graph) as sess:
        sess.run(v1.tables_initializer())
        from_columns = sess.run(dense)
print("feature columns:\n", from_columns)

# Keras 3: one preprocessing layer per column.
age_layer = keras.layers.Discretization(
    bin_boundaries=[18, 65], output_mode="one_hot"
)
strict_colors = keras.layers.StringLookup(
    vocabulary=["red", "green"], num_oov_indices=0, output_mode="one_hot"
)
try:
    strict_colors(features["color"])
except tf.errors.InvalidArgumentError as error:
    print(
        "num_oov_indices=0:",
        type(error).__name__,
        "| all inputs should be in vocabulary:",
        "all inputs should be in vocabulary" in str(error),
    )
colors = keras.layers.StringLookup(
    vocabulary=["red", "green"], num_oov_indices=1, output_mode="one_hot"
)
# column 0 counts the out-of-vocabulary strings; the feature column has none
from_layers = np.concatenate(
    [age_layer(features["age"]), colors(features["color"])[:, 1:]], axis=1
)
print("same encoding:", np.array_equal(from_columns, from_layers))
