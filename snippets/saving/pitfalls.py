# Continues snippets/saving/call_signatures.py (served),
# snippets/saving/keras_export_archive.py (pixels),
# snippets/saving/train_module.py (test_images, test_labels),
# snippets/saving/tracked_containers.py (holder),
# snippets/saving/checkpoint_manager.py (manager),
# snippets/saving/module_tracking.py (Dense).
"""Four surprises with saved models, each shown."""

import tensorflow as tf

classify = served.signatures["serving_default"]

# 1. A loaded signature does not check the shape of its input; reshape hides the
# mistake.
# two half images, shape (2, 4, 8)
wrong = classify(pixels=tf.constant(pixels[:2, :4]))
print("1. two half images give", wrong["digit"].shape[0], "answer(s), no error")
try:  # a restored tf.function, unlike a signature, checks its input_signature
    served.model(tf.zeros([2, 4, 8, 1]))
except TypeError as error:
    print(
        "1. served.model: TypeError, binding the inputs failed:",
        "Binding inputs" in str(error),
    )


class CheckedServer(tf.Module):
    @tf.function(
        input_signature=[tf.TensorSpec([None, 8, 8], tf.uint8, name="pixels")]
    )
    def count(self, pixels):
        # checked when the function runs
        pixels = tf.ensure_shape(pixels, [None, 8, 8])
        return {"images": tf.shape(pixels)[0]}


tf.saved_model.save(CheckedServer(), "checked_savedmodel")
checked = tf.saved_model.load("checked_savedmodel").signatures[
    "serving_default"
]
try:
    checked(pixels=tf.constant(pixels[:2, :4]))
except tf.errors.InvalidArgumentError as error:
    print(
        "1. with tf.ensure_shape: InvalidArgumentError, shape [2,4,8] refused:",
        "[2,4,8] is not compatible with expected shape [?,8,8]"
        in error.message,
    )

# 2. A NumPy array is cast to the signature's dtype without a check; a tensor is
# not.
# float32 in [0, 1], as the model was trained: not 0 to 255
scaled = test_images[:5, ..., 0]
answers = classify(pixels=scaled)["digit"].numpy().tolist()
print("2. float array:", answers, "| labels:", test_labels[:5].tolist())
try:
    classify(pixels=tf.constant(scaled))
except tf.errors.InvalidArgumentError as error:
    print(
        "2. float tensor: InvalidArgumentError, expected uint8:",
        "expected to be a uint8 tensor" in str(error),
    )

# 3. Plain Python attributes are not saved; only variables, functions and
# tracked objects are.
tf.saved_model.save(holder, "holder_savedmodel")
reloaded = tf.saved_model.load("holder_savedmodel")
print(
    "3. learning_rate saved:",
    hasattr(reloaded, "learning_rate"),
    "| variables in stack:",
    len(reloaded.stack),
)


# 4. A checkpoint matches variables by attribute path: renaming an attribute
# breaks the match.
class RenamedMLP(tf.Module):
    def __init__(self):
        super().__init__()
        # was self.layers
        self.blocks = [Dense(64, 32, tf.nn.relu), Dense(32, 10)]
        self.steps = tf.Variable(0, trainable=False)


status = tf.train.Checkpoint(model=RenamedMLP()).restore(
    manager.latest_checkpoint
)
# silence the warning at exit; the check below still runs
status.expect_partial()
status.assert_nontrivial_match()  # passes: `steps` still matches
print("4. assert_nontrivial_match passed")
try:
    status.assert_existing_objects_matched()
except AssertionError as error:
    print("4. AssertionError:", str(error).split(",")[0])
