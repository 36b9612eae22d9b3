import tensorflow as tf

words = tf.constant(["tensor", "flow", "café"])
print(words.dtype, words.shape)
# strings are stored as UTF-8 bytes
print("bytes:", tf.strings.length(words).numpy())
print("characters:", tf.strings.length(words, unit="UTF8_CHAR").numpy())
print(tf.strings.split(tf.constant(["a b c", "d e"])))  # a ragged result
print(tf.strings.to_number(tf.constant(["1.5", "2"])).numpy())
