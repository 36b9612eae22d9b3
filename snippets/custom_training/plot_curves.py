# Continues snippets/custom_training/compiled_loop.py (history).
import matplotlib.pyplot as plt

# `history` is the dict of per-epoch values the compiled loop recorded above.
epochs = range(1, len(history["loss"]) + 1)
figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
for axes, name in ((left, "loss"), (right, "accuracy")):
    axes.plot(epochs, history[name], label="training")
    axes.plot(epochs, history[f"val_{name}"], label="validation")
    axes.set_xlabel("epoch")
    axes.set_title(name)
    axes.legend()
right.set_ylim(0.9, 1.0)
figure.tight_layout()
plt.show()
