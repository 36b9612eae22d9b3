import keras
import tensorflow as tf

from tfguide.data import digits_datasets
from tfguide.models import build_digits_cnn

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
model = build_digits_cnn()
optimizer = keras.optimizers.Adam(learning_rate=3e-3)
# the model outputs probabilities
loss_fn = keras.losses.SparseCategoricalCrossentropy()

images, labels = next(iter(data.train))
with tf.GradientTape() as tape:
    # dropout on, batch statistics in BatchNorm
    probabilities = model(images, training=True)
    loss = loss_fn(labels, probabilities)  # the mean over the batch: a scalar
grads = tape.gradient(loss, model.trainable_variables)
print("loss:", loss.shape, round(float(loss), 4))
print(len(grads), "gradients, one per trainable variable:")
for variable, grad in list(zip(model.trainable_variables, grads))[:4]:
    print(f"  {variable.name:7} {variable.shape!s:15} gradient {grad.shape}")

optimizer.apply_gradients(zip(grads, model.trainable_variables))
print("optimizer steps:", int(optimizer.iterations))
print(
    "loss on the same batch after one step:",
    round(float(loss_fn(labels, model(images, training=True))), 4),
)
