# Continues snippets/keras_models/custom_callback.py (mlp, train_images,
# train_labels).
import keras


class HookLog(keras.callbacks.Callback):
    """Records which evaluate and predict hooks run, and how often."""

    def __init__(self):
        super().__init__()
        self.calls = {}

    def _log(self, name):
        self.calls[name] = self.calls.get(name, 0) + 1

    def on_test_begin(self, logs=None):
        self._log("on_test_begin")

    def on_test_batch_end(self, batch, logs=None):
        self._log("on_test_batch_end")

    def on_test_end(self, logs=None):
        self._log("on_test_end")
        self.test_logs = sorted(logs)

    def on_predict_begin(self, logs=None):
        self._log("on_predict_begin")

    def on_predict_batch_end(self, batch, logs=None):
        self._log("on_predict_batch_end")
        self.batch_shape = tuple(logs["outputs"].shape)

    def on_predict_end(self, logs=None):
        self._log("on_predict_end")


hooks = HookLog()
mlp.evaluate(
    train_images[:256],
    train_labels[:256],
    batch_size=128,
    callbacks=[hooks],
    verbose=0,
)
print("evaluate:", hooks.calls, "| logs:", hooks.test_logs)
hooks.calls = {}
mlp.predict(train_images[:256], batch_size=100, callbacks=[hooks], verbose=0)
print("predict:", hooks.calls, "| a batch's outputs:", hooks.batch_shape)
hooks.calls = {}
mlp.fit(
    train_images[:256],
    train_labels[:256],
    validation_split=0.5,
    batch_size=64,
    epochs=1,
    callbacks=[hooks],
    verbose=0,
)
print("fit with validation:", hooks.calls)
