# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/compile_performance.py (test_images),
# snippets/keras_models/subclassed_model.py (subclassed).
import keras

# the Input tensor that the Sequential model starts from
image = model.inputs[0]
every_layer = keras.Model(image, [layer.output for layer in model.layers])
for layer, value in zip(model.layers[:3], every_layer(test_images[:8])):
    print(f"{type(layer).__name__:18} {tuple(value.shape)}")

hidden = model.layers[-3]  # Dense(64), before the dropout and the output
embedder = keras.Model(image, hidden.output)
print("embeddings:", tuple(embedder.predict(test_images, verbose=0).shape))
print("shares the trained layer:", embedder.layers[-1] is hidden)

try:  # a subclassed model has no graph to read outputs from
    _ = subclassed.layers[-1].output
except AttributeError as error:
    print("subclassed: AttributeError |", "never been called" in str(error))
