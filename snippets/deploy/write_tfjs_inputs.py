# Continues snippets/deploy/train_and_export.py (test_images, saved_model_dir,
# model, keras_probabilities).
"""Leave the SavedModel, a .keras file and the answers in the working folder,
for the converter and Node.
"""
# Continues snippets/deploy/train_and_export.py: needs model, test_images,
# keras_probabilities and saved_model_dir.

import json
import shutil

import numpy as np
import tensorflow as tf

images = test_images[:20]
reloaded = tf.saved_model.load(saved_model_dir)
# the exported model, as the converter reads it
probabilities = reloaded.serve(images).numpy()
print(
    "SavedModel agrees with Keras within 1e-5:",
    np.allclose(probabilities, keras_probabilities[:20], atol=1e-5),
)

shutil.copytree(saved_model_dir, "digits_saved_model", dirs_exist_ok=True)
model.save("digits_cnn.keras")  # for the Keras-file route of the converter
with open("digits_reference.json", "w", encoding="utf-8") as file:
    json.dump(
        {
            "images": images.reshape(20, 64).tolist(),
            "probabilities": probabilities.tolist(),
        },
        file,
    )
print("wrote digits_saved_model/ and digits_cnn.keras")
print(f"wrote digits_reference.json for {len(images)} test images")
