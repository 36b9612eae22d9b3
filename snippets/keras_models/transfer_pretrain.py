import keras

from tfguide.data import split_digits

layers = keras.layers
(train_images, train_labels), (test_images, test_labels) = split_digits()
# digits 0-4: the "large" data set
low, low_test = train_labels < 5, test_labels < 5

keras.utils.set_random_seed(0)
base = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        layers.Conv2D(32, 3, padding="same", activation="relu"),
        layers.BatchNormalization(momentum=0.9),
        layers.MaxPooling2D(),
        layers.Conv2D(64, 3, padding="same", activation="relu"),
        layers.BatchNormalization(momentum=0.9),
        layers.GlobalAveragePooling2D(),
    ],
    name="base",
)  # the part that turns an image into 64 features
pretrained = keras.Sequential(
    [base, layers.Dense(5, activation="softmax")], name="pretrained"
)
pretrained.compile(
    optimizer=keras.optimizers.Adam(3e-3),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
pretrained.fit(
    train_images[low], train_labels[low], epochs=6, batch_size=64, verbose=0
)
_, accuracy = pretrained.evaluate(
    test_images[low_test], test_labels[low_test], verbose=0
)
print(f"digits 0-4: {low.sum()} training images, test accuracy {accuracy:.1%}")
