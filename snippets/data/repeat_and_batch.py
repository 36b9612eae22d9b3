import tensorflow as tf

numbers = tf.data.Dataset.range(10)
# batch, then repeat: each epoch ends with its own short batch.
print("batch(4).repeat(2):", [len(b) for b in numbers.batch(4).repeat(2)])
# repeat, then batch: batches run across the end of an epoch.
straddling = [b.numpy().tolist() for b in numbers.repeat(2).batch(4)]
print("repeat(2).batch(4):", [len(b) for b in straddling])
print("third batch:", straddling[2])

# Work at the end of each epoch: loop over the epochs in Python.
batches = numbers.batch(4)
for epoch in range(2):
    total = 0
    for batch in batches:  # a new pass over the dataset each time
        total += int(tf.reduce_sum(batch))
    print(f"epoch {epoch}: sum {total}")
