# Continues snippets/migrate/collections_keras.py (tf, keras, np),
# snippets/migrate/eager_rewrite.py (train_x, train_y, initial_weights, test_x).
v1 = tf.compat.v1
penalty = 0.01  # L2: penalty * sum of squared kernel weights
feeds = [
    (train_x[i : i + 100], train_y[i : i + 100]) for i in range(0, 1400, 100)
]
checked = {1: "after 1 step", 14: "after 14 steps"}


def tf1_stages():
    """The TF 1.x model with an L2 penalty, in a graph: its logits, its
    penalty, then its kernel after 1 and after 14 steps.
    """
    graph = tf.Graph()
    with graph.as_default():
        images = v1.placeholder(tf.float32, [None, 64])
        labels = v1.placeholder(tf.int64, [None])
        weights = v1.get_variable(
            "weights",
            initializer=initial_weights,
            regularizer=lambda w: penalty * tf.reduce_sum(tf.square(w)),
        )
        bias = v1.get_variable("bias", initializer=tf.zeros([10]))
        logits = tf.matmul(images, weights) + bias
        l2 = tf.add_n(v1.get_collection(v1.GraphKeys.REGULARIZATION_LOSSES))
        loss = l2 + tf.reduce_mean(
            tf.nn.sparse_softmax_cross_entropy_with_logits(
                labels=labels, logits=logits
            )
        )
        train_op = v1.train.GradientDescentOptimizer(0.5).minimize(loss)
        with v1.Session(graph=graph) as sess:
            sess.run(v1.global_variables_initializer())
            stages = {"forward pass": sess.run(logits, {images: test_x})}
            stages["penalty"] = sess.run(l2)
            for step, (x, y) in enumerate(feeds, start=1):
                sess.run(train_op, {images: x, labels: y})
                if step in checked:
                    stages[checked[step]] = sess.run(weights)
    return stages


def tf2_stages(add_penalty):
    """The Keras rewrite, the same stages; add_penalty=False forgets
    model.losses in the step.
    """
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(
                10, kernel_regularizer=keras.regularizers.L2(penalty)
            ),
        ]
    )
    model.set_weights([initial_weights, np.zeros(10, np.float32)])
    optimizer = keras.optimizers.SGD(0.5)
    stages = {"forward pass": model(test_x).numpy()}
    stages["penalty"] = float(sum(model.losses))
    for step, (x, y) in enumerate(feeds, start=1):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(
                keras.losses.sparse_categorical_crossentropy(
                    y, model(x, training=True), from_logits=True
                )
            )
            if add_penalty:
                loss += sum(model.losses)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        if step in checked:
            stages[checked[step]] = model.layers[0].kernel.numpy()
    return stages


reference = tf1_stages()
for add_penalty in (True, False):
    print(f"Keras step with model.losses: {add_penalty}")
    for stage, value in tf2_stages(add_penalty).items():
        close = np.allclose(value, reference[stage], rtol=0, atol=1e-5)
        print(f"  {stage:14} within 1e-5 of TF 1.x: {close}")
