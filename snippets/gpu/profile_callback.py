import tempfile
from pathlib import Path

import keras

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
model = build_digits_cnn()
model.compile(
    optimizer=keras.optimizers.Adam(3e-3),
    loss="sparse_categorical_crossentropy",
)
logdir = tempfile.mkdtemp()
# profile batches 5 to 8
tensorboard = keras.callbacks.TensorBoard(logdir, profile_batch=(5, 8))
model.fit(
    digits_datasets().train,
    epochs=1,
    verbose=0,
    shuffle=False,
    callbacks=[tensorboard],
)

files = [
    str(path.relative_to(logdir))
    for path in Path(logdir).rglob("*")
    if path.is_file()
]
print("files written:", len(files))
print(
    "scalars in train/:",
    any(name.startswith("train/events.out.tfevents.") for name in files),
)
print(
    "profile in train/plugins/profile/<run>/:",
    any(
        name.startswith("train/plugins/profile/")
        and name.endswith(".xplane.pb")
        for name in files
    ),
)
