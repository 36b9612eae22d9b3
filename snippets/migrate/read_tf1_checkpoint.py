# Continues snippets/migrate/eager_rewrite.py (SoftmaxRegression, test_x, test_y).
import numpy as np
import tensorflow as tf

path = "tf1_checkpoint/model"  # the prefix that saver.save returned
for name, shape in tf.train.list_variables(path):
    print(f"{name:16} {shape}")

reader = tf.train.load_checkpoint(path)
restored = SoftmaxRegression(np.zeros((64, 10), np.float32))
restored.weights.assign(reader.get_tensor("softmax/weights"))
restored.bias.assign(reader.get_tensor("softmax/bias"))
predicted = tf.argmax(restored(test_x), axis=1, output_type=tf.int32)
print(f"test accuracy with the TF 1.x weights: {np.mean(predicted.numpy() == test_y):.3f}")

# The same with an assignment map from checkpoint names to variables.
mapped = SoftmaxRegression(np.zeros((64, 10), np.float32))
assignment_map = {"softmax/weights": mapped.weights, "softmax/bias": mapped.bias}
tf.compat.v1.train.init_from_checkpoint(path, assignment_map)
print("init_from_checkpoint gave the same values:", np.array_equal(mapped.weights, restored.weights))

# Save again as a TF 2 (object-based) checkpoint: names follow the attributes.
saved = tf.train.Checkpoint(model=restored).write("tf2_checkpoint/model")
for name, shape in tf.train.list_variables(saved):
    print(f"{name:40} {shape}")
