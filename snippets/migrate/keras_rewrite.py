# Continues snippets/migrate/eager_rewrite.py (train_x, train_y, test_x, test_y,
# keras, initial_weights, same_as_tf1, np, tf, tf1_checkpoint).
model = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(10)])
model.set_weights([initial_weights, np.zeros(10, np.float32)])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.5),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
# batches in order
model.fit(train_x, train_y, batch_size=100, epochs=5, shuffle=False, verbose=0)
train_loss, _ = model.evaluate(train_x, train_y, verbose=0)
_, test_accuracy = model.evaluate(test_x, test_y, verbose=0)
print(f"training loss {train_loss:.4f}, test accuracy {test_accuracy:.3f}")
kernel, bias = model.get_weights()
print("same weights as TF 1.x:", same_as_tf1(kernel, bias, tf1_checkpoint))
tf1_kernel = tf.train.load_checkpoint(tf1_checkpoint).get_tensor(
    "softmax/weights"
)
print(
    "largest kernel difference below 1e-6:",
    bool(np.max(np.abs(kernel - tf1_kernel)) < 1e-6),
)
