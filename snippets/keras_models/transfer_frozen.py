# Continues snippets/keras_models/transfer_pretrain.py (test_labels, base,
# train_images, test_images, train_labels).
import keras

layers = keras.layers
high_test = test_labels >= 5
# digits 5-9: only 100 labeled images
few_images = train_images[train_labels >= 5][:100]
few_labels = train_labels[train_labels >= 5][:100] - 5  # as classes 0-4

base.trainable = False  # freeze: fit leaves its weights alone
inputs = keras.Input(shape=(8, 8, 1))
# a new head for 5-9
outputs = layers.Dense(5, activation="softmax")(base(inputs))
transfer = keras.Model(inputs, outputs, name="transfer")
print(
    "trainable weights:",
    len(transfer.trainable_weights),
    "| frozen:",
    len(transfer.non_trainable_weights),
)
transfer.compile(
    optimizer=keras.optimizers.Adam(1e-2),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
transfer.fit(few_images, few_labels, epochs=20, batch_size=50, verbose=0)
_, accuracy = transfer.evaluate(
    test_images[high_test], test_labels[high_test] - 5, verbose=0
)
print(f"digits 5-9, new head on the frozen base: {accuracy:.1%}")
