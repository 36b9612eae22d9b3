import keras
import numpy as np

keras.utils.set_random_seed(0)
step_python_runs = []


class Regressor(keras.Model):
    def train_step(self, data):
        # Python: runs while Keras traces the step, not once per batch
        step_python_runs.append(tuple(data[0].shape))
        return super().train_step(data)


def make_model(**compile_args):
    inputs = keras.Input((4,))
    model = Regressor(inputs, keras.layers.Dense(1)(inputs))
    model.compile(optimizer="sgd", loss="mse", **compile_args)
    return model


x = np.ones((10, 4), np.float32)
y = np.ones((10, 1), np.float32)
batch_ends = []
callback = keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: batch_ends.append(batch)
)
for compile_args in [{}, {"steps_per_execution": 3}, {"run_eagerly": True}]:
    step_python_runs.clear()
    batch_ends.clear()
    model = make_model(**compile_args)
    # 10 samples in batches of 4: 3 batches (4, 4, 2)
    model.fit(x, y, batch_size=4, epochs=1, verbose=0, callbacks=[callback])
    print(
        f"{compile_args!s:28} train_step ran {len(step_python_runs)}x "
        f"for {sorted(set(step_python_runs))}, batch ends: {batch_ends}"
    )
print("jit_compile resolved to:", make_model().jit_compile)
