import tensorflow as tf

numbers = tf.data.Dataset.range(12)
# shard(n, i) keeps every n-th element, starting at the i-th
print("worker 0:", [int(x) for x in numbers.shard(2, 0)])
print("worker 1:", [int(x) for x in numbers.shard(2, 1)])


# Trap: shuffling before shard. Each worker shuffles with its own random
# state (here two seeds stand for two machines), so the shards overlap.
def worker_share(index, seed):
    shuffled = numbers.shuffle(12, seed=seed)
    return {int(x) for x in shuffled.shard(2, index)}


share_0, share_1 = worker_share(0, seed=1), worker_share(1, seed=2)
print("shuffle, then shard: seen by both", sorted(share_0 & share_1))
print(
    "                     seen by none",
    sorted(set(range(12)) - share_0 - share_1),
)

# The policy that tf.distribute applies when it shards a dataset for you
options = tf.data.Options()
policy = tf.data.experimental.AutoShardPolicy.DATA
options.experimental_distribute.auto_shard_policy = policy
sharded_by_data = numbers.with_options(options)
chosen = sharded_by_data.options().experimental_distribute.auto_shard_policy
print("auto_shard_policy:", tf.data.experimental.AutoShardPolicy(chosen).name)
