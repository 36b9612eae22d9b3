import warnings

import keras
import tensorflow as tf

# 10 examples in 5 batches of 2; the label is the example's number
examples = tf.data.Dataset.range(10).map(
    lambda i: (tf.zeros([1]), tf.cast(i, tf.float32))
)
batches = examples.batch(2)

# A model that always predicts 0 and never learns: with the mean absolute
# error as loss, an epoch's loss is the mean label of the batches it saw.
probe = keras.Sequential(
    [keras.Input((1,)), keras.layers.Dense(1, kernel_initializer="zeros")]
)
probe.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mae")


def run(dataset):
    probe.optimizer.iterations.assign(0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        history = probe.fit(
            dataset, epochs=2, steps_per_epoch=3, shuffle=False, verbose=0
        )
    losses = [round(loss, 2) for loss in history.history["loss"]]
    return losses, int(probe.optimizer.iterations), caught


losses, steps, caught = run(batches.repeat())
print("repeat():", "epoch losses", losses, "| steps", steps)
print("  warnings:", len(caught))
losses, steps, caught = run(batches)
print("finite:  ", "epoch losses", losses, "| steps", steps)
print("  warning:", str(caught[0].message).split(";")[0])
