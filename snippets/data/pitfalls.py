import tensorflow as tf

numbers = tf.data.Dataset.range(8)

# 1. Shuffling after batching shuffles whole batches; the batches keep their
# contents.
print("1.", [b.numpy().tolist() for b in numbers.batch(2).shuffle(4, seed=0)])

# 2. Repeating before shuffling mixes epochs: 8 elements, but not each number
# once.
first_eight = numbers.repeat(2).shuffle(8, seed=0).take(8)
print("2.", sorted(int(x) for x in first_eight))

# 3. Splitting a reshuffled dataset with take/skip gives a new split every
# epoch.
shuffled = numbers.shuffle(8, seed=0)  # reshuffles each epoch
test, train = shuffled.take(2), shuffled.skip(2)
print(
    "3. test set, two epochs:", [int(x) for x in test], [int(x) for x in test]
)

# 4. make_csv_dataset repeats forever unless num_epochs is given.
with open("tiny.csv", "w") as handle:
    handle.write("x\n1\n2\n")
endless = tf.data.experimental.make_csv_dataset(
    "tiny.csv", batch_size=2, shuffle=False
)
print(
    "4. cardinality:",
    int(endless.cardinality()),
    "== INFINITE:",
    int(endless.cardinality()) == tf.data.INFINITE_CARDINALITY,
)
