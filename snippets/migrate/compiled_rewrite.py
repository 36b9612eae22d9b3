# Continues snippets/migrate/eager_rewrite.py: needs its data, model class and functions.
model = SoftmaxRegression(initial_weights)
optimizer = keras.optimizers.SGD(learning_rate=0.5)
optimizer.build(model.trainable_variables)  # create the optimizer's variables outside the graph
step = tf.function(make_step(model, optimizer))
train(step, model)
print("traces:", step.experimental_get_tracing_count())
print("same weights as TF 1.x:", same_as_tf1(model.weights, model.bias))
