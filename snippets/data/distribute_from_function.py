# Needs the two logical CPUs of snippets/data/two_logical_cpus.py.
import tensorflow as tf

gpus = tf.config.list_logical_devices("GPU")
devices = gpus if len(gpus) >= 2 else tf.config.list_logical_devices("CPU")
strategy = tf.distribute.MirroredStrategy([d.name for d in devices[:2]])
GLOBAL_BATCH = 8


def dataset_fn(context):
    # called once per input pipeline (per worker), with its InputContext
    print(
        "pipelines:",
        context.num_input_pipelines,
        "| this one:",
        context.input_pipeline_id,
        "| replicas:",
        context.num_replicas_in_sync,
    )
    per_replica = context.get_per_replica_batch_size(GLOBAL_BATCH)
    numbers = tf.data.Dataset.range(32)
    numbers = numbers.shard(
        context.num_input_pipelines, context.input_pipeline_id
    )
    return numbers.batch(per_replica, drop_remainder=True)


def first_step(distributed):
    batch = next(iter(distributed))
    return [
        t.numpy().tolist() for t in strategy.experimental_local_results(batch)
    ]


print(
    "from function:",
    first_step(strategy.distribute_datasets_from_function(dataset_fn)),
)
# The function's batch size is the per-replica one: a global batch there
# gives every replica the whole global batch.
print(
    "global batch in the function:",
    first_step(
        strategy.distribute_datasets_from_function(
            lambda context: tf.data.Dataset.range(32).batch(GLOBAL_BATCH)
        )
    ),
)
# experimental_distribute_dataset takes the global batch and splits it.
print(
    "experimental_distribute_dataset:",
    first_step(
        strategy.experimental_distribute_dataset(
            tf.data.Dataset.range(32).batch(GLOBAL_BATCH)
        )
    ),
)
