import tensorflow as tf

# rows of different lengths
sentences = tf.ragged.constant([[3, 1, 4], [1], [5, 9]])
print(sentences.shape)  # None: the second axis has no single size
print("row lengths:", sentences.row_lengths().numpy())
print("sum per row:", tf.reduce_sum(sentences, axis=1).numpy())
print(sentences.to_tensor(default_value=0).numpy())  # pad to a regular tensor
