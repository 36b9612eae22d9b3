import keras

layers = keras.layers


def residual_block(x, filters):
    """Two convolutions whose output is added to the block's input."""
    shortcut = x
    if x.shape[-1] != filters:  # a 1x1 convolution matches the channels
        shortcut = layers.Conv2D(filters, 1)(x)
    y = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    return layers.Activation("relu")(layers.add([y, shortcut]))


image = keras.Input(shape=(8, 8, 1), name="image")
x = layers.Conv2D(16, 3, padding="same", activation="relu")(image)
x = residual_block(x, 16)  # identity shortcut
x = layers.MaxPooling2D()(x)
x = residual_block(x, 32)  # projection shortcut, 16 -> 32 channels
# Two views of the same features, side by side.
both = layers.concatenate(
    [layers.GlobalAveragePooling2D()(x), layers.GlobalMaxPooling2D()(x)]
)
probabilities = layers.Dense(10, activation="softmax")(both)
resnet = keras.Model(image, probabilities, name="toy_resnet")

for layer in resnet.layers:
    if isinstance(layer, (layers.Add, layers.Concatenate)):
        inbound = [t.shape for t in layer.input]
        print(f"{layer.name:12} {inbound} -> {layer.output.shape}")
print(f"parameters: {resnet.count_params():,}")
print("output:", resnet(keras.ops.zeros((2, 8, 8, 1))).shape)

try:  # add() needs equal shapes: 16 channels and 32 do not add up
    layers.add([keras.Input(shape=(4, 4, 16)), keras.Input(shape=(4, 4, 32))])
except ValueError as error:
    print("ValueError |", "incompatible shapes" in str(error))
