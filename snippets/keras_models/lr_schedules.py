# Continues snippets/keras_models/custom_callback.py (small_mlp, train_images,
# train_labels).
import keras

# halves the rate every 10 optimizer steps (batches, not epochs)
schedule = keras.optimizers.schedules.ExponentialDecay(
    initial_learning_rate=0.01, decay_steps=10, decay_rate=0.5
)
print(
    "at steps 0, 10, 20:", [round(float(schedule(s)), 5) for s in (0, 10, 20)]
)

mlp = small_mlp(schedule)  # the schedule in place of a number
mlp.fit(train_images, train_labels, epochs=2, batch_size=128, verbose=0)
steps = mlp.optimizer.iterations
print(
    f"after {int(steps)} steps: rate {float(mlp.optimizer.learning_rate):.5f}",
    f"= schedule({int(steps)}): {float(schedule(steps)):.5f}",
)


def halve_after_first(epoch, learning_rate):  # called before each epoch
    return learning_rate if epoch == 0 else learning_rate * 0.5


per_epoch = small_mlp(0.01)
history = per_epoch.fit(
    train_images,
    train_labels,
    epochs=3,
    batch_size=128,
    callbacks=[keras.callbacks.LearningRateScheduler(halve_after_first)],
    verbose=0,
)
print(
    "LearningRateScheduler, per epoch:",
    [round(rate, 5) for rate in history.history["learning_rate"]],
)

try:  # a callback that sets the rate, on an optimizer with a schedule
    mlp.fit(
        train_images,
        train_labels,
        epochs=1,
        batch_size=128,
        callbacks=[keras.callbacks.LearningRateScheduler(halve_after_first)],
        verbose=0,
    )
except TypeError as error:
    print("both: TypeError |", "learning rate is not settable" in str(error))
