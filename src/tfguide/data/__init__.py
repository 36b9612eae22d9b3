"""Offline data sets for the chapters: the UCI 8x8 handwritten digits, shipped
in the package.

Nothing here downloads anything. The digits file and its licence note (CC BY
4.0) lie in ``src/tfguide/data/``.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from importlib import resources

import numpy as np
import tensorflow as tf

NUM_CLASSES = 10
IMAGE_SHAPE = (8, 8, 1)
_MAX_PIXEL = 16.0


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """Load all 1,797 digit images and their labels.

    Returns:
        ``(images, labels)``: images of shape ``(1797, 8, 8, 1)``, float32,
        scaled to ``[0, 1]``; labels of shape ``(1797,)``, int32, from 0 to 9.
    """
    packed = resources.files(__package__).joinpath("digits.csv.gz")
    with packed.open("rb") as raw, gzip.open(raw) as text:
        table = np.loadtxt(text, delimiter=",", dtype=np.float32)
    images = (table[:, :-1] / _MAX_PIXEL).reshape(-1, *IMAGE_SHAPE)
    return images, table[:, -1].astype(np.int32)


def _check_fraction(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(
            f"{name} must be a number between 0 and 1, got "
            f"{type(value).__name__}"
        )
    if not 0.0 < value < 1.0:
        raise ValueError(
            f"{name} must be between 0 and 1 (exclusive), got {value}"
        )


def split_digits(
    test_fraction: float = 0.2, seed: int = 0
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Split the digits into a training and a test set, the same way for the
    same seed.

    Args:
        test_fraction: share of the images held out for testing, strictly
            between 0 and 1.
        seed: seed of the shuffle that decides which images are held out.

    Returns:
        ``((train_images, train_labels), (test_images, test_labels))`` as NumPy
        arrays, shaped as [`load_digits`][tfguide.data.load_digits] returns
        them.

    Raises:
        TypeError: if ``test_fraction`` is not a number or ``seed`` not an
            integer.
        ValueError: if ``test_fraction`` is not strictly between 0 and 1.
    """
    _check_fraction("test_fraction", test_fraction)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"seed must be an int, got {type(seed).__name__}")
    images, labels = load_digits()
    order = np.random.default_rng(seed).permutation(len(labels))
    n_test = round(len(labels) * test_fraction)
    test, train = order[:n_test], order[n_test:]
    return (images[train], labels[train]), (images[test], labels[test])


@dataclass(frozen=True)
class DigitsDatasets:
    """The digits as batched ``tf.data`` pipelines of ``(images, labels)``."""

    train: tf.data.Dataset
    validation: tf.data.Dataset
    test: tf.data.Dataset
    sizes: dict[str, int]


def digits_datasets(
    batch_size: int = 64,
    validation_fraction: float = 0.15,
    test_fraction: float = 0.2,
    seed: int = 0,
) -> DigitsDatasets:
    """Build training, validation and test pipelines for the digits.

    The test set is the one [`split_digits`][tfguide.data.split_digits] holds
    out for the same ``test_fraction`` and ``seed``; the validation set is cut
    from the rest. Only the training pipeline is shuffled, again each epoch,
    with ``seed``.

    Args:
        batch_size: images per batch, at least 1.
        validation_fraction: share of the non-test images used for validation.
        test_fraction: share of all images held out for testing.
        seed: seed for the split and the shuffle.

    Returns:
        A [`DigitsDatasets`][tfguide.data.DigitsDatasets] with batches of
        float32 images ``(batch, 8, 8, 1)`` and int32 labels ``(batch,)``.

    Raises:
        TypeError: if an argument has the wrong type.
        ValueError: if ``batch_size`` is below 1 or a fraction is not between 0
            and 1.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(
            f"batch_size must be an int, got {type(batch_size).__name__}"
        )
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    _check_fraction("validation_fraction", validation_fraction)
    (train_x, train_y), (test_x, test_y) = split_digits(test_fraction, seed)
    n_val = round(len(train_y) * validation_fraction)
    val_x, val_y, train_x, train_y = (
        train_x[:n_val],
        train_y[:n_val],
        train_x[n_val:],
        train_y[n_val:],
    )

    def pipeline(
        x: np.ndarray, y: np.ndarray, shuffle: bool
    ) -> tf.data.Dataset:
        data = tf.data.Dataset.from_tensor_slices((x, y))
        if shuffle:
            data = data.shuffle(
                len(y), seed=seed, reshuffle_each_iteration=True
            )
        return data.batch(batch_size).prefetch(tf.data.AUTOTUNE)

    return DigitsDatasets(
        train=pipeline(train_x, train_y, shuffle=True),
        validation=pipeline(val_x, val_y, shuffle=False),
        test=pipeline(test_x, test_y, shuffle=False),
        sizes={
            "train": len(train_y),
            "validation": len(val_y),
            "test": len(test_y),
        },
    )
