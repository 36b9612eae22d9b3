# Continues snippets/keras_models/class_weight.py (test_images, test_labels),
# snippets/keras_models/train_fit.py (model).
import numpy as np

loss, acc = model.evaluate(test_images, test_labels, verbose=0)
print(f"test accuracy: {acc:.1%} (above 95%: {acc > 0.95})")

probabilities = model.predict(test_images[:8], verbose=0)
print(
    "output shape:",
    probabilities.shape,
    "| rows sum to 1:",
    np.allclose(probabilities.sum(axis=1), 1),
)
print("predicted:", probabilities.argmax(axis=1).tolist())
print("true:     ", test_labels[:8].tolist())
