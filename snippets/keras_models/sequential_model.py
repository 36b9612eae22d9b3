import keras

from tfguide.models import build_digits_cnn

layers = keras.layers


def digits_cnn(name="digits_cnn"):
    """The network of this page: two convolutions, a hidden layer, ten
    probabilities.
    """
    return keras.Sequential(
        [
            # not input_shape= on the first layer
            keras.Input(shape=(8, 8, 1), name="image"),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            # Keras' 0.99 would lag: only ~20 batches an epoch
            layers.BatchNormalization(momentum=0.9),
            layers.MaxPooling2D(),
            layers.Conv2D(64, 3, padding="same", activation="relu"),
            layers.BatchNormalization(momentum=0.9),
            layers.GlobalAveragePooling2D(),
            layers.Dense(64, activation="relu"),
            layers.Dropout(0.25),
            layers.Dense(10, activation="softmax", name="probabilities"),
        ],
        name=name,
    )


keras.utils.set_random_seed(0)
model = digits_cnn()
for layer in model.layers:
    print(
        f"{layer.name:24} {layer.output.shape!s:16} {layer.count_params():>6,}"
    )
trainable = sum(weight.numpy().size for weight in model.trainable_weights)
print(f"total parameters: {model.count_params():,} ({trainable:,} trainable)")

helper = build_digits_cnn()  # what the other chapters use
same_layers = [type(a) for a in helper.layers] == [
    type(b) for b in model.layers
]
same_count = helper.count_params() == model.count_params()
print(
    "build_digits_cnn: same layers:", same_layers, "| same count:", same_count
)
