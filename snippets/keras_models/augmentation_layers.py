# Continues snippets/keras_models/preprocessing_layers.py (train_images,
# train_labels, test_images, test_labels, normalize).
import keras
import numpy as np

layers = keras.layers
augment = keras.Sequential(
    [
        # shift by up to one pixel of eight
        layers.RandomTranslation(0.125, 0.125, seed=1),
        # rotate by up to 0.03 of a turn (about 11 degrees)
        layers.RandomRotation(0.03, seed=2),
    ],
    name="augment",
)
batch = train_images[:8]
print(
    "training=True changes the images:",
    not np.allclose(augment(batch, training=True), batch),
)
print(
    "training=False passes them through:",
    np.allclose(augment(batch, training=False), batch),
)

keras.utils.set_random_seed(0)
augmented = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        # active in fit and in a direct call; inactive in evaluate and predict
        augment,
        normalize,  # the adapted mean and variance travel with the model
        layers.Flatten(),
        layers.Dense(64, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ],
    name="augmented_mlp",
)
augmented.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
augmented.fit(train_images, train_labels, epochs=15, batch_size=128, verbose=0)
_, accuracy = augmented.evaluate(test_images, test_labels, verbose=0)
print(f"test accuracy {accuracy:.1%}, above 85%: {accuracy > 0.85}")

images = test_images[:8]
print(
    "augmented(images), two calls agree:",
    np.allclose(augmented(images), augmented(images)),
)
print(
    "with training=False they agree:",
    np.allclose(
        augmented(images, training=False), augmented(images, training=False)
    ),
)
print(
    "predict, two calls agree:",
    np.allclose(
        augmented.predict(images, verbose=0),
        augmented.predict(images, verbose=0),
    ),
)
