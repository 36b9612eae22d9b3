# Continues snippets/saving/train_module.py (test_labels, test_images),
# snippets/saving/module_tracking.py (mlp).
"""Load the export back and call each signature the way a server would: by input
name.
"""

import numpy as np
import tensorflow as tf

served = tf.saved_model.load("models/digits/1")
for name, function in served.signatures.items():
    # keyword arguments: name -> TensorSpec
    inputs = function.structured_input_signature[1]
    print(
        name,
        {
            key: (spec.dtype.name, spec.shape.as_list())
            for key, spec in inputs.items()
        },
        "->",
        sorted(function.structured_outputs),
    )

# what a client sends: 8-bit images
pixels = np.round(test_images[..., 0] * 255).astype(np.uint8)
result = served.signatures["serving_default"](pixels=tf.constant(pixels[:5]))
print(
    "digit:",
    result["digit"].numpy().tolist(),
    "| labels:",
    test_labels[:5].tolist(),
)
flat = served.signatures["classify_flat"](
    pixels=tf.constant(pixels[:5].reshape(5, 64))
)
print(
    "same from the flat signature:",
    np.array_equal(flat["digit"], result["digit"]),
)
# any batch size
one = served.signatures["serving_default"](pixels=tf.constant(pixels[:1]))
print("one image:", one["probabilities"].shape)
agree = np.mean(
    served.signatures["serving_default"](pixels=tf.constant(pixels))[
        "digit"
    ].numpy()
    == np.argmax(mlp(test_images), axis=1)
)
print(f"agrees with the float model on {agree:.1%} of the test images")
np.save("pixels.npy", pixels[:5])  # a few requests for the next blocks
