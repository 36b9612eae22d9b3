import tensorflow as tf

numbers = tf.data.Dataset.range(100)
expected = [x * x for x in range(100)]
in_order = numbers.map(lambda x: x * x, num_parallel_calls=tf.data.AUTOTUNE)
any_order = numbers.map(
    lambda x: x * x, num_parallel_calls=tf.data.AUTOTUNE, deterministic=False
)
print(
    "parallel map, default: input order:",
    [int(x) for x in in_order] == expected,
)
print(
    "deterministic=False: same elements:",
    sorted(int(x) for x in any_order) == expected,
)

options = tf.data.Options()
# for every parallel step that has no deterministic argument
options.deterministic = False
relaxed = in_order.with_options(options)
print("pipeline option:", relaxed.options().deterministic)
