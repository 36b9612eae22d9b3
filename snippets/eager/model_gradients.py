import keras
import tensorflow as tf

keras.utils.set_random_seed(0)  # the same initial weights on every run
model = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(1, name="linear")],
    name="regression",
)

features = tf.constant([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])
targets = tf.constant([[1.0], [0.0]])

with tf.GradientTape() as tape:
    predictions = model(features, training=True)
    loss = tf.reduce_mean(tf.square(predictions - targets))
grads = tape.gradient(loss, model.trainable_variables)

for variable, grad in zip(model.trainable_variables, grads):
    print(
        f"{variable.path:24} {variable.name:7} {variable.shape!s:8}",
        f"gradient {grad.shape}",
    )

optimizer = keras.optimizers.SGD(learning_rate=0.1)
optimizer.apply_gradients(zip(grads, model.trainable_variables))
new_loss = tf.reduce_mean(tf.square(model(features) - targets))
print(f"loss {loss.numpy():.4f} -> {new_loss.numpy():.4f} after one step")
