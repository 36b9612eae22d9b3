# Continues snippets/saving/module_tracking.py (DigitsMLP, Dense),
# snippets/saving/checkpoint_manager.py (manager).
"""What restore() returns, the three ways to check it, and the mismatch that
raises at once.
"""

import tensorflow as tf

# The same structure: every value finds its variable, every variable gets a
# value.
fresh = DigitsMLP()
status = tf.train.Checkpoint(model=fresh).restore(manager.latest_checkpoint)
status.assert_consumed()
print("full model restored, steps:", int(fresh.steps))

# Less than the checkpoint holds: only the hidden layer, at the same attribute
# path.
part = tf.Module()
part.layers = [Dense(64, 32, tf.nn.relu)]
status = tf.train.Checkpoint(model=part).restore(manager.latest_checkpoint)
try:
    status.assert_consumed()
except AssertionError as error:
    print("assert_consumed: AssertionError:", str(error).split(":")[0])
# passes: every object we built got its values
status.assert_existing_objects_matched()
# no warning about the unused values when this object is deleted
status.expect_partial()
print(
    "hidden layer restored:",
    bool(tf.reduce_all(part.layers[0].w == fresh.layers[0].w)),
)

# A different shape at the same path is not left for later: restore raises at
# once.
wrong = tf.Module()
# the checkpoint's hidden layer has 32 units
wrong.layers = [Dense(64, 16, tf.nn.relu)]
try:
    tf.train.Checkpoint(model=wrong).restore(manager.latest_checkpoint)
except ValueError as error:
    print("different shape: ValueError:", str(error).split(" with shape")[0])
# No status came back to call expect_partial() on. The values waiting for
# wrong.steps and wrong.layers[1] keep the restore's bookkeeping alive, and
# it logs what was never restored when wrong is deleted.
del wrong
