# Continues snippets/saving/module_tracking.py (mlp).
"""Train the tf.Module with plain gradient descent on the digits that ship with
tfguide.
"""

import numpy as np
import tensorflow as tf

from tfguide.data import split_digits

(train_images, train_labels), (test_images, test_labels) = split_digits()


def loss_fn(model, images, labels):
    logits = model(images)
    return tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits)
    )


@tf.function
def train_step(images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = loss_fn(mlp, images, labels)
    grads = tape.gradient(loss, mlp.trainable_variables)
    for variable, grad in zip(mlp.trainable_variables, grads):
        variable.assign_sub(learning_rate * grad)
    mlp.steps.assign_add(1)
    return loss


def accuracy(model, images, labels):
    return float(np.mean(np.argmax(model(images), axis=1) == labels))


for epoch in range(30):
    for start in range(0, len(train_labels), 64):
        # The learning rate as a tensor: a new Python float would trace
        # train_step again.
        train_step(
            train_images[start : start + 64],
            train_labels[start : start + 64],
            tf.constant(0.1),
        )
print(
    f"after {int(mlp.steps)} steps: test accuracy",
    f"{accuracy(mlp, test_images, test_labels):.1%}",
)
