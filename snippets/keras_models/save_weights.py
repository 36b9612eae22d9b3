# Continues snippets/keras_models/sequential_model.py (digits_cnn),
# snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images).
import keras
import numpy as np

# the layers' weights, and the optimizer's variables
model.save_weights("digits.weights.h5")
fresh = digits_cnn()  # the code rebuilds the architecture
# not compiled: only the layers' weights are read
fresh.load_weights("digits.weights.h5")
print("same predictions:", np.allclose(fresh(test_images), model(test_images)))

resumed = digits_cnn()
resumed.compile(
    optimizer=keras.optimizers.Adam(3e-3),
    loss="sparse_categorical_crossentropy",
)
# a built optimizer takes its state too
resumed.optimizer.build(resumed.trainable_variables)
resumed.load_weights("digits.weights.h5")
print("optimizer steps read back:", int(resumed.optimizer.iterations))

try:
    model.save_weights("digits.h5")
except ValueError as error:
    print("ValueError:", error)
