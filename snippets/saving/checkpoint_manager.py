# Continues snippets/saving/module_tracking.py (mlp),
# snippets/saving/train_module.py (train_labels, train_step, train_images).
"""CheckpointManager: numbered checkpoints, only the newest few kept."""

import os

import tensorflow as tf

manager = tf.train.CheckpointManager(
    tf.train.Checkpoint(model=mlp), "mlp_training", max_to_keep=2
)
for epoch in range(3):
    for start in range(0, len(train_labels), 64):
        train_step(
            train_images[start : start + 64],
            train_labels[start : start + 64],
            tf.constant(0.05),
        )
    # ckpt-<steps>.index and .data-...
    manager.save(checkpoint_number=mlp.steps)
print("kept:", [os.path.basename(path) for path in manager.checkpoints])
print("latest:", os.path.basename(manager.latest_checkpoint))
print("files:", sorted(os.listdir("mlp_training")))
