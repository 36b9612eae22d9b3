# Reads tf1_checkpoint/, which tf1_program.py wrote in the working folder, to
# compare the results.
import keras
import numpy as np
import tensorflow as tf

from tfguide.data import split_digits

(train_x, train_y), (test_x, test_y) = split_digits()
train_x, test_x = train_x.reshape(-1, 64), test_x.reshape(-1, 64)
initial_weights = (
    np.random.default_rng(0).normal(0.0, 0.01, (64, 10)).astype(np.float32)
)
# same order as TF 1.x
batches = tf.data.Dataset.from_tensor_slices((train_x, train_y)).batch(100)


class SoftmaxRegression(tf.Module):
    """The parameters are attributes of a Python object, created with their
    values.
    """

    def __init__(self, initial_weights):
        super().__init__()
        self.weights = tf.Variable(initial_weights, name="weights")
        self.bias = tf.Variable(tf.zeros([10]), name="bias")

    def __call__(self, images):
        return tf.matmul(images, self.weights) + self.bias


def mean_loss(model, images, labels):
    logits = model(images)
    return tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(
            labels=labels, logits=logits
        )
    )


def make_step(model, optimizer):
    """The training op as a function: data in as arguments, the loss out as its
    result.
    """

    def step(images, labels):
        with tf.GradientTape() as tape:
            loss = mean_loss(model, images, labels)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    return step


def train(step, model, batches, train_x, train_y, epochs=5):
    """Run step on every batch, epochs times; print the loss on all of train_x
    after each.
    """
    for epoch in range(1, epochs + 1):
        # a Python loop over the dataset: no iterator, no feed_dict
        for images, labels in batches:
            step(images, labels)
        epoch_loss = float(mean_loss(model, train_x, train_y))
        print(f"epoch {epoch}: training loss {epoch_loss:.4f}")


def same_as_tf1(kernel, bias, checkpoint, atol=1e-5):
    """Whether kernel and bias are within atol of the TF 1.x checkpoint's
    softmax/weights and softmax/bias.
    """
    reader = tf.train.load_checkpoint(checkpoint)
    return bool(
        np.allclose(
            kernel, reader.get_tensor("softmax/weights"), rtol=0, atol=atol
        )
        and np.allclose(
            bias, reader.get_tensor("softmax/bias"), rtol=0, atol=atol
        )
    )


# the prefix that tf1_program.py printed
tf1_checkpoint = "tf1_checkpoint/model"
model = SoftmaxRegression(initial_weights)
train(
    make_step(model, keras.optimizers.SGD(learning_rate=0.5)),
    model,
    batches,
    train_x,
    train_y,
)
print(
    "same weights as TF 1.x:",
    same_as_tf1(model.weights, model.bias, tf1_checkpoint),
)
