# Continues snippets/migrate/eager_rewrite.py (SoftmaxRegression, initial_weights, train, tf,
# make_step, same_as_tf1, keras).
model = SoftmaxRegression(initial_weights)
optimizer = keras.optimizers.SGD(learning_rate=0.5)
optimizer.build(model.trainable_variables)  # create the optimizer's variables outside the graph
signature = [tf.TensorSpec([None, 64], tf.float32), tf.TensorSpec([None], tf.int32)]  # the placeholders
step = tf.function(make_step(model, optimizer), input_signature=signature)
train(step, model)
print("traces:", step.experimental_get_tracing_count())
print("same weights as TF 1.x:", same_as_tf1(model.weights, model.bias))
