import tensorflow as tf

# files of 4, 2 and 3 lines: a0..a3, ...
for name, length in {"a": 4, "b": 2, "c": 3}.items():
    with open(f"part-{name}.txt", "w") as handle:
        handle.write("".join(f"{name}{i}\n" for i in range(length)))

# the default shuffles
files = tf.data.Dataset.list_files("part-*.txt", shuffle=False)
print([name.numpy().decode().rsplit("/", 1)[-1] for name in files])


def show(dataset):
    print(" ".join(line.numpy().decode() for line in dataset))


show(files.flat_map(tf.data.TextLineDataset))  # one file after the other
show(files.interleave(tf.data.TextLineDataset, cycle_length=2, block_length=1))
show(files.interleave(tf.data.TextLineDataset, cycle_length=2, block_length=2))
show(
    files.interleave(
        tf.data.TextLineDataset,
        cycle_length=3,
        block_length=1,
        # parallel, same order
        num_parallel_calls=tf.data.AUTOTUNE,
    )
)
