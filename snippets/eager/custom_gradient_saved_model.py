import tensorflow as tf


@tf.custom_gradient
def clip_gradient(x):
    def grad(upstream):
        return tf.clip_by_value(upstream, -0.1, 0.1)

    return tf.identity(x), grad


class Clipper(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
    def __call__(self, x):
        return clip_gradient(x) * 5.0  # plain gradient 5.0, clipped to 0.1


# Save twice: with the traced custom gradient (the default) and without.
for keep in (True, False):
    options = tf.saved_model.SaveOptions(experimental_custom_gradients=keep)
    tf.saved_model.save(Clipper(), f"clipper_custom_{keep}", options=options)
print("saved: clipper_custom_True, clipper_custom_False")

# In this process the custom gradient is still registered, so even the copy
# saved without it gets the clipped gradient here.
loaded = tf.saved_model.load("clipper_custom_False")
x = tf.constant(2.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = loaded(x)
print("saved without it, loaded here:", tape.gradient(y, x).numpy())
