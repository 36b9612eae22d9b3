# Continues snippets/saving/call_signatures.py (served),
# snippets/saving/train_module.py (loss_fn, train_images, train_labels,
# test_images, test_labels, accuracy).
"""Fine-tune the loaded SavedModel: restored variables, gradients through a
restored function.
"""

import os
import shutil

import tensorflow as tf

# the DigitsMLP as it was saved: its variables and its __call__
restored = served.model
print(
    "a tf.Module:",
    isinstance(restored, tf.Module),
    "| has trainable_variables:",
    hasattr(restored, "trainable_variables"),
)

with tf.GradientTape() as tape:
    # runs the restored tf.function
    loss_fn(restored, train_images[:64], train_labels[:64])
variables = tape.watched_variables()  # the trainable variables that call read
print("watched:", sorted(variable.name for variable in variables))


def report(when):
    train_loss = loss_fn(restored, train_images, train_labels)
    test_loss = loss_fn(restored, test_images, test_labels)
    print(
        f"{when} train loss {float(train_loss):.4f},",
        f"test loss {float(test_loss):.4f},",
        f"test accuracy {accuracy(restored, test_images, test_labels):.1%}",
    )


@tf.function
def fine_tune_step(images, labels):
    with tf.GradientTape() as tape:
        loss = loss_fn(restored, images, labels)
    for variable, grad in zip(variables, tape.gradient(loss, variables)):
        variable.assign_sub(0.05 * grad)


report("before:")
for epoch in range(5):
    for start in range(0, len(train_labels), 64):
        fine_tune_step(
            train_images[start : start + 64], train_labels[start : start + 64]
        )
report("after: ")

# Save the fine-tuned object again, with the signatures it was loaded with:
# version 2. As for version 1: write it elsewhere, then move it into the watched
# folder.
tf.saved_model.save(served, "models/staging/2", signatures=served.signatures)
# only for rerunning this page
shutil.rmtree("models/digits/2", ignore_errors=True)
os.replace("models/staging/2", "models/digits/2")
print(
    "version 2 signatures:",
    sorted(tf.saved_model.load("models/digits/2").signatures),
)
