# Continues snippets/migrate/seed_train_step.py (loss_function, build_cnn,
# images, labels, keras, tf).
def make_train_step(model, optimizer, loss_function):
    """One compiled step per model and optimizer, which it captures; only
    tensors come in.
    """
    # Adam's variables exist before the trace
    optimizer.build(model.trainable_variables)

    @tf.function(
        input_signature=[
            tf.TensorSpec([None, 8, 8, 1]),
            tf.TensorSpec([None], tf.int32),
        ]
    )
    def step(images, labels):
        with tf.GradientTape() as tape:
            predictions = model(images, training=True)
            # model.losses: the penalties that layers add (empty for this model)
            loss = loss_function(labels, predictions) + sum(model.losses)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    return step


for learning_rate in (1e-3, 1e-2):
    keras.utils.set_random_seed(0)
    model, optimizer = build_cnn(), keras.optimizers.Adam(learning_rate)
    # one compiled step per model
    step = make_train_step(model, optimizer, loss_function)
    for _ in range(5):
        loss = step(images, labels)  # only tensors are passed
    print(
        f"learning rate {learning_rate}: loss {float(loss):.3f}, "
        f"traces: {step.experimental_get_tracing_count()}"
    )
