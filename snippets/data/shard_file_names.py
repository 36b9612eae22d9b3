import os

import tensorflow as tf

# Eight small files, to be split between two workers.
os.makedirs("worker_files", exist_ok=True)
for i in range(8):
    with open(f"worker_files/f{i}.txt", "w") as handle:
        handle.write(f"{i}\n")
pattern = "worker_files/*.txt"


def names(dataset):
    return sorted(
        os.path.basename(p.decode()) for p in dataset.as_numpy_iterator()
    )


# list_files shuffles by default; two workers without a common seed
# (seeds 1 and 2 stand for that) shuffle differently before shard.
shards = [
    names(tf.data.Dataset.list_files(pattern, seed=seed).shard(2, index))
    for index, seed in ((0, 1), (1, 2))
]
both = sorted(set(shards[0]) & set(shards[1]))
neither = sorted({f"f{i}.txt" for i in range(8)} - set(shards[0] + shards[1]))
print("list_files(pattern).shard: read by both", both, "| by neither", neither)

# shuffle=False gives every worker the same sorted list; shard, then shuffle.
shards = [
    names(tf.data.Dataset.list_files(pattern, shuffle=False).shard(2, index))
    for index in (0, 1)
]
print("shuffle=False, then shard:", shards)
print("disjoint, all 8 read:", len(set(shards[0]) | set(shards[1])) == 8)
