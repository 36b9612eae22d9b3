"""Choosing a device at run time, so the same code runs on a laptop CPU and on a
GPU.
"""

from __future__ import annotations

import tensorflow as tf

_KINDS = ("GPU", "CPU", "TPU")


def pick_device(prefer: str = "GPU") -> str:
    """Return the first device of the preferred kind if TensorFlow sees one,
    else the CPU.

    Args:
        prefer: ``"GPU"``, ``"TPU"`` or ``"CPU"`` (any letter case).

    Returns:
        A device name for ``tf.device``: ``"/GPU:0"``, ``"/TPU:0"`` or
        ``"/CPU:0"``.

    Raises:
        TypeError: if ``prefer`` is not a string.
        ValueError: if ``prefer`` is not a device kind TensorFlow knows.
    """
    if not isinstance(prefer, str):
        raise TypeError(
            "prefer must be a string such as 'GPU', got "
            f"{type(prefer).__name__}"
        )
    kind = prefer.upper()
    if kind not in _KINDS:
        raise ValueError(
            f"prefer must be one of {', '.join(_KINDS)}, got {prefer!r}"
        )
    if tf.config.list_logical_devices(kind):
        return f"/{kind}:0"
    return "/CPU:0"


def same_device(first: str, second: str) -> bool:
    """Tell whether two device names denote the same device, however fully they
    are spelled.

    ``"/CPU:0"`` and ``"/job:localhost/replica:0/task:0/device:CPU:0"`` (what
    ``tensor.device`` prints in a single process) are the same device. A part of
    the name left out means this process's default: job ``localhost``, replica
    0, task 0, index 0. So ``"/job:worker/task:1/device:GPU:0"`` (another
    machine's GPU in a cluster) is not ``"/GPU:0"``. The comparison is of names
    only: it does not ask TensorFlow whether the device exists, nor resolve a
    cluster's own job name for the local process.

    Args:
        first: a device name, e.g. ``tensor.device``.
        second: another device name, e.g. ``"/GPU:0"``.

    Returns:
        True when job, replica, task, device kind and index all agree.

    Raises:
        TypeError: if either name is not a string.
        ValueError: if either name is empty or does not name a device kind.
    """
    specs = []
    for name in (first, second):
        if not isinstance(name, str):
            raise TypeError(
                f"device names must be strings, got {type(name).__name__}"
            )
        try:
            spec = tf.DeviceSpec.from_string(name)
        except ValueError as error:
            raise ValueError(
                f"{name!r} is not a device name: {error}"
            ) from None
        if not spec.device_type:
            raise ValueError(
                f"{name!r} names no device kind; write e.g. '/CPU:0' or "
                "'/GPU:0'"
            )
        specs.append(
            (
                spec.job or "localhost",
                spec.replica or 0,
                spec.task or 0,
                spec.device_type.upper(),
                spec.device_index or 0,
            )
        )
    return specs[0] == specs[1]
