import tensorflow as tf

v1 = tf.compat.v1
calls = {
    "v1.placeholder": lambda: v1.placeholder(tf.float32, [None, 64]),
    "v1.summary.FileWriter": lambda: v1.summary.FileWriter("logs"),
    "v1.layers.Dense": lambda: v1.layers.Dense(10),
    "v1.keras.utils.track_tf1_style_variables": lambda: (
        v1.keras.utils.track_tf1_style_variables
    ),
    "v1.keras.utils.DeterministicRandomTestTool": lambda: (
        v1.keras.utils.DeterministicRandomTestTool
    ),
}
for name, call in calls.items():
    try:
        call()
    except (RuntimeError, AttributeError) as error:
        print(f"{name}: {type(error).__name__}: {error}")

# no initializer to run: the value exists now
variable = tf.Variable([1.0, 2.0])
print("a new variable:", variable.numpy())
for number in tf.data.Dataset.range(3):  # no make_one_shot_iterator: iterate
    print("from the dataset:", int(number))
