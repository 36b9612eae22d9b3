import keras
import tensorflow as tf

from tfguide.data import digits_datasets

keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
data = digits_datasets()
LATENT = 8  # size of the noise vector the generator starts from


class GAN(keras.Model):
    """A generator and a discriminator, each with its own optimizer."""

    def __init__(self, generator, discriminator):
        super().__init__()
        self.generator = generator
        self.discriminator = discriminator
        self.d_loss_tracker = keras.metrics.Mean(name="d_loss")
        self.g_loss_tracker = keras.metrics.Mean(name="g_loss")
        self.noise_seed = keras.random.SeedGenerator(0)  # new noise each call

    def compile(self, d_optimizer, g_optimizer, loss_fn):
        super().compile()
        self.d_optimizer = d_optimizer
        self.g_optimizer = g_optimizer
        self.loss_fn = loss_fn

    @property
    def metrics(self):
        # what fit resets each epoch and logs
        return [self.d_loss_tracker, self.g_loss_tracker]

    def train_step(self, images):
        batch = tf.shape(images)[0]
        # 1. the discriminator learns to tell real images (1) from fakes (0)
        noise = keras.random.normal((batch, LATENT), seed=self.noise_seed)
        fakes = self.generator(noise, training=True)
        with tf.GradientTape() as tape:
            real_logits = self.discriminator(images, training=True)
            fake_logits = self.discriminator(fakes, training=True)
            d_loss = self.loss_fn(
                tf.ones_like(real_logits), real_logits
            ) + self.loss_fn(tf.zeros_like(fake_logits), fake_logits)
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)
        # 2. the generator learns to make fakes the discriminator calls real
        noise = keras.random.normal((batch, LATENT), seed=self.noise_seed)
        with tf.GradientTape() as tape:
            fake_logits = self.discriminator(
                self.generator(noise, training=True), training=True
            )
            g_loss = self.loss_fn(tf.ones_like(fake_logits), fake_logits)
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)
        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {metric.name: metric.result() for metric in self.metrics}


def make_pair():
    generator = keras.Sequential(
        [
            keras.Input((LATENT,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(64, activation="sigmoid"),  # pixels in [0, 1]
            keras.layers.Reshape((8, 8, 1)),
        ],
        name="generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(1),  # a logit: real or fake
        ],
        name="discriminator",
    )
    return generator, discriminator


gan = GAN(*make_pair())
gan.compile(
    d_optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    g_optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss_fn=keras.losses.BinaryCrossentropy(from_logits=True),
)
real_images = data.train.map(lambda images, labels: images)  # no labels
history = gan.fit(real_images, epochs=2, verbose=0, shuffle=False)
# what compile's metrics would be without the metrics property
print("without the property:", [m.name for m in keras.Model.metrics.fget(gan)])
print(
    {
        name: [round(v, 2) for v in values]
        for name, values in history.history.items()
    }
)
print(
    "steps: discriminator",
    int(gan.d_optimizer.iterations),
    "| generator",
    int(gan.g_optimizer.iterations),
)


class OneOptimizerGAN(GAN):
    """The same step, with compile's one optimizer for both networks."""

    def compile(self, optimizer, loss_fn):
        keras.Model.compile(self, optimizer=optimizer)
        self.d_optimizer = self.g_optimizer = optimizer
        self.loss_fn = loss_fn


wrong = OneOptimizerGAN(*make_pair())
wrong.compile(
    keras.optimizers.Adam(learning_rate=1e-3),
    keras.losses.BinaryCrossentropy(from_logits=True),
)
try:
    wrong.fit(real_images.take(1), verbose=0, shuffle=False)
except ValueError as error:
    message = str(error)
    print(
        "one optimizer: ValueError,",
        message.split(":")[0],
        "| a generator variable:",
        "path=generator/" in message,
    )
