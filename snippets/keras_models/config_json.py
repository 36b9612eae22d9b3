# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/class_weight.py (test_images).
import json

import keras
import numpy as np

# The architecture as JSON text, with the compile settings: no weights.
text = model.to_json()
print("JSON keys:", sorted(json.loads(text)), f"| {len(text):,} characters")
same_shape = keras.models.model_from_json(text)
names = [layer.name for layer in model.layers]
print(
    "same layers:",
    [layer.name for layer in same_shape.layers] == names,
    "| compiled:",
    same_shape.compiled,
)
print(
    "new weights:",
    not np.allclose(same_shape(test_images[:8]), model(test_images[:8])),
)
same_shape.set_weights(model.get_weights())  # copy them over
print(
    "after set_weights:",
    np.allclose(same_shape(test_images[:8]), model(test_images[:8])),
)


# clone_model makes the same layers anew; clone_function can change them.
def no_dropout(layer):
    if isinstance(layer, keras.layers.Dropout):
        return keras.layers.Dropout(0.0, name=layer.name)
    return layer.__class__.from_config(layer.get_config())


clone = keras.models.clone_model(model, clone_function=no_dropout)
print(
    "clone: compiled",
    clone.compiled,
    "| dropout rate",
    clone.layers[-2].rate,  # the Dropout layer
    "| shares weights:",
    clone.layers[0].kernel is model.layers[0].kernel,
)
