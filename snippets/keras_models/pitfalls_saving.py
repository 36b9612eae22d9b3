# Continues snippets/keras_models/train_fit.py (model),
# snippets/keras_models/transfer_pretrain.py (test_images, test_labels).
import keras
import numpy as np

# 4. model.save to a folder (the TF 2 SavedModel habit) is refused in Keras 3.
try:
    model.save("digits_model")
except ValueError as error:
    print(
        "4.",
        type(error).__name__,
        "| invalid extension:",
        "Invalid filepath extension" in str(error),
    )

# 5. The legacy .h5 format loses the optimizer's state (a Keras bug); .keras
# keeps it.
for name in ("digits_resume.keras", "digits_resume.h5"):
    model.save(name)
    reloaded = keras.models.load_model(name)
    variables = len(reloaded.optimizer.variables)
    try:
        reloaded.fit(test_images[:64], test_labels[:64], epochs=1, verbose=0)
        outcome = "training resumes"
    except ValueError as error:
        outcome = (
            f"{type(error).__name__} | optimizer built for other variables: "
            f"{'originally built with' in str(error)}"
        )
    print(f"5. {name:19} optimizer variables: {variables} | {outcome}")

# The same with a small Functional model: its variables live in its layers too.
inputs = keras.Input(shape=(4,))
functional = keras.Model(
    inputs, keras.layers.Dense(2)(keras.layers.Dense(3)(inputs))
)
functional.compile(
    optimizer=keras.optimizers.Adam(), loss=keras.losses.MeanSquaredError()
)
x, y = np.ones((8, 4), "float32"), np.ones((8, 2), "float32")
functional.fit(x, y, verbose=0)
functional.save("functional_resume.h5")
reloaded = keras.models.load_model("functional_resume.h5")
try:
    reloaded.fit(x, y, verbose=0)
    print("5. Functional from .h5: training resumes")
except ValueError as error:
    print(
        "5. Functional from .h5:",
        type(error).__name__,
        "| optimizer built for other variables:",
        "originally built with" in str(error),
    )

# The way around: load without the optimizer and compile again. Training
# resumes with a new optimizer; the old one's state is lost.
reloaded = keras.models.load_model("functional_resume.h5", compile=False)
reloaded.compile(
    optimizer=keras.optimizers.Adam(), loss=keras.losses.MeanSquaredError()
)
reloaded.fit(x, y, verbose=0)
print("5. .h5 with compile=False, then compile: optimizer steps", end=" ")
print(int(reloaded.optimizer.iterations))
