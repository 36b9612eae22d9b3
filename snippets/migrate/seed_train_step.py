import keras
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
images, labels = next(iter(digits_datasets().train))


def build_cnn():
    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Conv2D(32, 3, activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


# As TF 2.0-era tutorials wrote it: the model and optimizer are arguments of the
# tf.function.
@tf.function
def custom_train_step(inputs, labels, model, optimizer, loss_function):
    with tf.GradientTape() as tape:
        predictions = model(inputs, training=True)
        loss = loss_function(labels, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss


loss_function = keras.losses.SparseCategoricalCrossentropy()
# two runs, each with its own model and optimizer
for learning_rate in (1e-3, 1e-2):
    model, optimizer = build_cnn(), keras.optimizers.Adam(learning_rate)
    try:
        for _ in range(5):
            loss = custom_train_step(
                images, labels, model, optimizer, loss_function
            )
        print(
            f"learning rate {learning_rate}: loss {float(loss):.3f}, "
            "traces so far: "
            f"{custom_train_step.experimental_get_tracing_count()}"
        )
    except ValueError as error:
        phrase = "tf.Variables created on the first call"
        print(
            f"learning rate {learning_rate}: ValueError, says '{phrase}':",
            phrase in str(error),
        )
