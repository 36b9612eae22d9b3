# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images).
import keras
import numpy as np
import tensorflow as tf

archive = keras.export.ExportArchive()
archive.track(model)  # the variables the endpoints use


def classify(images):
    probabilities = model(images, training=False)
    return {
        "digit": tf.argmax(probabilities, axis=-1),
        "confidence": tf.reduce_max(probabilities, axis=-1),
    }


archive.add_endpoint(
    name="classify",
    fn=classify,
    input_signature=[
        tf.TensorSpec(shape=(None, 8, 8, 1), dtype=tf.float32, name="images")
    ],
)
archive.write_out("digits_classifier", verbose=False)

served = tf.saved_model.load("digits_classifier")
print("endpoints:", list(served.signatures))
result = served.classify(tf.constant(test_images[:8]))
print("digits:", result["digit"].numpy().tolist())
print(
    "same as the model:",
    np.array_equal(
        result["digit"],
        model.predict(test_images[:8], verbose=0).argmax(axis=1),
    ),
)
