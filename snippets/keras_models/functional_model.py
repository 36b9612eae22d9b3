import keras

layers = keras.layers
keras.utils.set_random_seed(0)

inputs = keras.Input(shape=(8, 8, 1), name="image")
x = layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
x = layers.BatchNormalization(momentum=0.9)(x)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
x = layers.BatchNormalization(momentum=0.9)(x)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(64, activation="relu")(x)
x = layers.Dropout(0.25)(x)
outputs = layers.Dense(10, activation="softmax", name="probabilities")(x)
functional = keras.Model(inputs, outputs, name="digits_functional")

print("inputs:", [tuple(t.shape) for t in functional.inputs])
print("outputs:", [tuple(t.shape) for t in functional.outputs])
print(f"parameters: {functional.count_params():,}")
