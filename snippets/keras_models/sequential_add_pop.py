import keras

layers = keras.layers

# Grow a stack one layer at a time and check each output shape as you go.
growing = keras.Sequential(name="growing")
growing.add(keras.Input(shape=(8, 8, 1)))
growing.add(layers.Conv2D(16, 3, activation="relu"))
print("after a 3x3 convolution:", growing.outputs[0].shape)
growing.add(layers.MaxPooling2D())
growing.add(layers.Conv2D(16, 3, activation="relu"))
print("after pooling and another:", growing.outputs[0].shape)

# One more 3x3 convolution does not fit a 1x1 map: add() fails at once ...
try:
    growing.add(layers.Conv2D(16, 3))
except ValueError as error:
    print("ValueError |", "would be zero or negative" in str(error))
# ... but the layer stays in the stack; pop() removes the last layer.
print("layers after the failed add:", len(growing.layers))
growing.pop()
print("after pop():", len(growing.layers), growing.outputs[0].shape)

# Without an Input, nothing is built until the first call.
lazy = keras.Sequential([layers.Dense(4)])
print("no Input: built", lazy.built, "| weights", len(lazy.weights))
lazy(keras.ops.ones((2, 3)))
print("after a call: built", lazy.built, "| weights", len(lazy.weights))
