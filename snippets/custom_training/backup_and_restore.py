import os
import tempfile

import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
backup_dir = os.path.join(tempfile.mkdtemp(), "backup")


class Crash(keras.callbacks.Callback):
    """Stand-in for a machine that goes away: fail at the start of the given
    epoch.
    """

    def __init__(self, at_epoch):
        super().__init__()
        self.at_epoch = at_epoch

    def on_epoch_begin(self, epoch, logs=None):
        if epoch == self.at_epoch:
            raise RuntimeError(
                f"lost the machine at the start of epoch {epoch + 1}"
            )


class LogEpochs(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(
            f"  epoch {epoch + 1} done, optimizer step "
            f"{int(self.model.optimizer.iterations)}"
        )


def start_training(callbacks):
    """What a job script does each time it starts: build, compile, fit with a
    backup.
    """
    model = build_digits_cnn()
    model.compile(
        optimizer=keras.optimizers.Adam(3e-3),
        loss="sparse_categorical_crossentropy",
    )
    # saves at the end of every epoch
    backup = keras.callbacks.BackupAndRestore(backup_dir)
    model.fit(
        data.train,
        epochs=4,
        verbose=0,
        shuffle=False,
        callbacks=[backup, LogEpochs(), *callbacks],
    )


print("first attempt:")
try:
    start_training([Crash(at_epoch=2)])
except RuntimeError as error:
    print(f"  {type(error).__name__}: {error}")
print("backup left behind:", os.path.isdir(backup_dir))
print("second attempt:")
start_training([])
print("backup after a finished run:", os.path.isdir(backup_dir))
