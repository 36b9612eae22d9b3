# Continues snippets/keras_models/train_fit.py (history).
import matplotlib.pyplot as plt

epochs = [epoch + 1 for epoch in history.epoch]
fig, (loss_axes, acc_axes) = plt.subplots(1, 2, figsize=(10, 4))
for axes, metric in [(loss_axes, "loss"), (acc_axes, "accuracy")]:
    axes.plot(epochs, history.history[metric], label="training")
    axes.plot(epochs, history.history[f"val_{metric}"], label="validation")
    axes.set_xlabel("epoch")
    axes.set_title(metric)
    axes.legend()
loss_axes.set_yscale("log")  # the first epochs' loss would flatten the rest
fig.tight_layout()
plt.show()
