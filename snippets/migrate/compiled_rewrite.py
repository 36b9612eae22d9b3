# Continues snippets/migrate/eager_rewrite.py (SoftmaxRegression,
# initial_weights, train, tf, make_step, same_as_tf1, keras, batches, train_x,
# train_y, tf1_checkpoint).
model = SoftmaxRegression(initial_weights)
optimizer = keras.optimizers.SGD(learning_rate=0.5)
print(
    "before build:",
    [variable.name for variable in optimizer.variables],
    "| built:",
    optimizer.built,
)
# any variables the optimizer needs exist before the trace
optimizer.build(model.trainable_variables)
print(
    "after build:",
    [variable.name for variable in optimizer.variables],
    "| built:",
    optimizer.built,
)
# the placeholders
signature = [
    tf.TensorSpec([None, 64], tf.float32),
    tf.TensorSpec([None], tf.int32),
]
step = tf.function(make_step(model, optimizer), input_signature=signature)
train(step, model, batches, train_x, train_y)
print("traces:", step.experimental_get_tracing_count())
print(
    "same weights as TF 1.x:",
    same_as_tf1(model.weights, model.bias, tf1_checkpoint),
)

# The same step without the signature, for one epoch of a fresh model: a trace
# per batch shape.
unsigned = tf.function(
    make_step(
        SoftmaxRegression(initial_weights),
        keras.optimizers.SGD(learning_rate=0.5),
    )
)
sizes = set()
for images, labels in batches:
    unsigned(images, labels)
    sizes.add(images.shape[0])
print(
    "batch sizes:",
    sorted(sizes),
    "| traces without a signature:",
    unsigned.experimental_get_tracing_count(),
)
