import os
import tempfile

import keras

folder = tempfile.mkdtemp()

# 4. model.save to a folder (the TF 2 SavedModel habit) is refused in Keras 3.
try:
    model.save(os.path.join(folder, "digits_model"))
except ValueError as error:
    print("4. ValueError:", str(error).split(". ")[0])

# 5. The legacy .h5 format drops the optimizer's state; .keras keeps it.
for name in ("digits.keras", "digits.h5"):
    model.save(os.path.join(folder, name))
    reloaded = keras.models.load_model(os.path.join(folder, name))
    print(f"5. {name:12} optimizer variables: {len(reloaded.optimizer.variables)}", end="")
    try:
        reloaded.fit(test_images[:64], test_labels[:64], epochs=1, verbose=0)
        print(" | training resumes")
    except ValueError as error:
        print(" | ValueError:", str(error).split(". ")[1])
