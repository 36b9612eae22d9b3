# Continues snippets/migrate/seed_train_step.py (loss_function, build_cnn, images, labels,
# keras).
from tfguide.training import make_train_step

for learning_rate in (1e-3, 1e-2):
    keras.utils.set_random_seed(0)
    model, optimizer = build_cnn(), keras.optimizers.Adam(learning_rate)
    step = make_train_step(model, optimizer, loss_function)  # one compiled step per model
    for _ in range(5):
        loss = step(images, labels)  # only tensors are passed
    print(f"learning rate {learning_rate}: loss {float(loss):.3f}, "
          f"traces: {step.experimental_get_tracing_count()}")
