import tensorflow as tf

gpus = tf.config.list_logical_devices("GPU")
target = gpus[0].name if gpus else "/CPU:1"  # here: the second logical CPU

batches = tf.data.Dataset.range(8).batch(4)
on_device = batches.apply(tf.data.experimental.prefetch_to_device(target))
first = next(iter(on_device))
print("prefetch_to_device: batch on", first.device.split("device:")[1])

# A strategy copies each replica's batch to its device by default.
replicas = gpus or tf.config.list_logical_devices("CPU")
strategy = tf.distribute.MirroredStrategy([device.name for device in replicas])
for fetch in (True, False):
    options = tf.distribute.InputOptions(experimental_fetch_to_device=fetch)
    distributed = strategy.experimental_distribute_dataset(batches, options)
    values = next(iter(distributed)).values
    print(
        f"experimental_fetch_to_device={fetch}:",
        [value.device.split("device:")[1] for value in values],
    )
