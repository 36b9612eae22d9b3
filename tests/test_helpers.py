"""Unit tests for tfguide.data, tfguide.models, tfguide.training and
tfguide.timing.
"""

import keras
import numpy as np
import pytest
import tensorflow as tf

from tfguide import data, models, timing, training


@pytest.fixture(scope="module")
def digits():
    return data.load_digits()


def test_load_digits_shapes_dtypes_and_ranges(digits):
    images, labels = digits
    assert images.shape == (1797, 8, 8, 1) and images.dtype == np.float32
    assert labels.shape == (1797,) and labels.dtype == np.int32
    assert images.min() == 0.0 and images.max() == 1.0
    assert set(np.unique(labels)) == set(range(10))


def test_split_digits_is_disjoint_complete_and_repeatable():
    (_, train_y), (test_x, test_y) = data.split_digits(
        test_fraction=0.25, seed=3
    )
    assert (
        len(test_y) == round(1797 * 0.25) and len(train_y) + len(test_y) == 1797
    )
    again = data.split_digits(test_fraction=0.25, seed=3)
    np.testing.assert_array_equal(again[1][0], test_x)
    other = data.split_digits(test_fraction=0.25, seed=4)
    assert not np.array_equal(other[1][0], test_x)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"test_fraction": 0}, ValueError, "between 0 and 1"),
        ({"test_fraction": 1.5}, ValueError, "between 0 and 1"),
        ({"test_fraction": "0.2"}, TypeError, "must be a number"),
        ({"seed": 1.0}, TypeError, "seed must be an int"),
    ],
)
def test_split_digits_rejects_bad_arguments(kwargs, error, message):
    with pytest.raises(error, match=message):
        data.split_digits(**kwargs)


def test_digits_datasets_batches_and_sizes():
    sets = data.digits_datasets(
        batch_size=32, validation_fraction=0.1, test_fraction=0.2
    )
    assert sets.sizes == {"train": 1294, "validation": 144, "test": 359}
    images, labels = next(iter(sets.train))
    assert images.shape == (32, 8, 8, 1) and images.dtype == tf.float32
    assert labels.shape == (32,) and labels.dtype == tf.int32
    assert sum(int(y.shape[0]) for _, y in sets.test) == 359
    # The test set is the one split_digits holds out for the same arguments.
    (_, _), (_, test_y) = data.split_digits(test_fraction=0.2)
    np.testing.assert_array_equal(
        np.concatenate([y for _, y in sets.test.as_numpy_iterator()]), test_y
    )


def test_digits_datasets_shuffles_training_data_each_epoch_only():
    sets = data.digits_datasets(seed=1)
    first = [y.numpy().tolist() for _, y in sets.train]
    second = [y.numpy().tolist() for _, y in sets.train]
    assert first != second
    assert [y.numpy().tolist() for _, y in sets.test] == [
        y.numpy().tolist() for _, y in sets.test
    ]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"batch_size": 0}, ValueError, "at least 1"),
        ({"batch_size": 2.5}, TypeError, "batch_size must be an int"),
        ({"validation_fraction": 1}, ValueError, "between 0 and 1"),
    ],
)
def test_digits_datasets_rejects_bad_arguments(kwargs, error, message):
    with pytest.raises(error, match=message):
        data.digits_datasets(**kwargs)


def test_build_digits_cnn_maps_images_to_probabilities(digits):
    model = models.build_digits_cnn(filters=8)
    probabilities = model(digits[0][:5], training=False)
    assert probabilities.shape == (5, 10) and probabilities.dtype == tf.float32
    np.testing.assert_allclose(
        tf.reduce_sum(probabilities, axis=1), np.ones(5), rtol=1e-5
    )
    layer_types = [type(layer).__name__ for layer in model.layers]
    assert layer_types[:3] == ["Conv2D", "BatchNormalization", "MaxPooling2D"]
    assert "GlobalAveragePooling2D" in layer_types and "Dropout" in layer_types


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"filters": 0}, ValueError, "at least 1"),
        ({"filters": "32"}, TypeError, "filters must be an int"),
        ({"dropout": 1.0}, ValueError, r"in \[0, 1\)"),
        ({"dropout": None}, TypeError, "dropout must be a number"),
    ],
)
def test_build_digits_cnn_rejects_bad_arguments(kwargs, error, message):
    with pytest.raises(error, match=message):
        models.build_digits_cnn(**kwargs)


def test_make_train_step_lowers_the_loss_and_traces_once(digits):
    keras.utils.set_random_seed(0)
    images, labels = digits[0][:64], digits[1][:64]
    model = models.build_digits_cnn(filters=8)
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    step = training.make_train_step(
        model,
        keras.optimizers.Adam(1e-2),
        keras.losses.SparseCategoricalCrossentropy(),
        metrics=(accuracy,),
        clip_norm=1.0,
    )
    losses = [float(step(images, labels)) for _ in range(15)]
    assert losses[-1] < losses[0]
    assert step.experimental_get_tracing_count() == 1
    assert 0.0 < float(accuracy.result()) <= 1.0


def test_make_train_step_adds_the_models_own_losses(digits):
    keras.utils.set_random_seed(0)
    images, labels = digits[0][:32], digits[1][:32]
    model = keras.Sequential(
        [
            keras.Input(shape=images.shape[1:]),
            keras.layers.Flatten(),
            keras.layers.Dense(
                10, kernel_regularizer=keras.regularizers.L2(10.0)
            ),
        ]
    )
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    plain = float(loss_fn(labels, model(images)))
    penalty = float(sum(model.losses))
    step = training.make_train_step(model, keras.optimizers.SGD(0.0), loss_fn)
    assert penalty > 1.0
    assert float(step(images, labels)) == pytest.approx(
        plain + penalty, rel=1e-5
    )


def test_make_train_step_rejects_bad_arguments():
    model = models.build_digits_cnn(filters=4)
    optimizer = keras.optimizers.SGD()
    loss = keras.losses.SparseCategoricalCrossentropy()
    with pytest.raises(TypeError, match="model must be a keras.Model"):
        training.make_train_step(lambda x: x, optimizer, loss)
    with pytest.raises(TypeError, match="optimizer must be a keras optimizer"):
        training.make_train_step(model, "adam", loss)
    with pytest.raises(TypeError, match="loss_fn must be callable"):
        training.make_train_step(model, optimizer, "mse")
    with pytest.raises(ValueError, match="clip_norm must be positive"):
        training.make_train_step(model, optimizer, loss, clip_norm=0)
    with pytest.raises(TypeError, match="metrics must be keras.metrics.Metric"):
        training.make_train_step(model, optimizer, loss, metrics=("accuracy",))
    with pytest.raises(ValueError, match="no trainable weights yet"):
        training.make_train_step(
            keras.Sequential([keras.layers.Dense(2)]), optimizer, loss
        )


def test_time_call_waits_for_every_tensor_of_a_tuple_result():
    finished = []

    class Pending:
        def numpy(self):
            finished.append(True)

    timing.time_call(lambda: (Pending(), [Pending()]), warmup=0, repeats=1)
    assert finished == [True, True]


def test_time_call_counts_warmup_and_repeats():
    calls = []
    result = timing.time_call(
        lambda: calls.append(tf.constant(1.0)) or tf.constant(2.0),
        warmup=3,
        repeats=4,
    )
    assert len(calls) == 7
    assert result.repeats == 4 and result.warmup == 3
    assert 0 <= result.best <= result.median


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((42,), {}, TypeError, "fn must be callable"),
        ((print,), {"repeats": 0}, ValueError, "repeats must be at least 1"),
        ((print,), {"warmup": -1}, ValueError, "warmup must be at least 0"),
        ((print,), {"repeats": 2.0}, TypeError, "repeats must be an int"),
    ],
)
def test_time_call_rejects_bad_arguments(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        timing.time_call(*args, **kwargs)


def test_markdown_table_aligns_numbers_right():
    table = timing.markdown_table(
        ["mode", "ms"], [["eager", 1.5], ["graph", 0.25]]
    )
    assert table.splitlines() == [
        "| mode | ms |",
        "| --- | ---: |",
        "| eager | 1.5 |",
        "| graph | 0.25 |",
    ]


def test_markdown_table_rejects_ragged_rows():
    with pytest.raises(
        ValueError, match="row 2 has 1 cells, the table has 2 columns"
    ):
        timing.markdown_table(["a", "b"], [[1, 2], [3]])
    with pytest.raises(ValueError, match="at least one column"):
        timing.markdown_table([], [])
