# Continues snippets/keras_models/transfer_pretrain.py (base, test_images,
# test_labels), snippets/keras_models/transfer_frozen.py (few_images,
# few_labels, transfer, high_test).
import keras
import numpy as np

base.trainable = True  # unfreeze the base...
for layer in base.layers:
    if isinstance(layer, keras.layers.BatchNormalization):
        # ...but keep batch normalization frozen, in inference mode
        layer.trainable = False
print("trainable weights:", len(transfer.trainable_weights))

norm = base.layers[1]
moving_mean = norm.moving_mean.numpy().copy()
# compile again after changing trainable, with a small learning rate
transfer.compile(
    optimizer=keras.optimizers.Adam(1e-4),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
transfer.fit(few_images, few_labels, epochs=10, batch_size=50, verbose=0)
_, accuracy = transfer.evaluate(
    test_images[high_test], test_labels[high_test] - 5, verbose=0
)
print(f"digits 5-9, after fine-tuning: {accuracy:.1%}")
print(
    "batch-norm statistics unchanged:",
    np.array_equal(moving_mean, norm.moving_mean.numpy()),
)
