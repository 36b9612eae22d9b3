"""Timing helpers for the benchmark snippets: warm-up, repeats, median."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Seconds per call, from ``repeats`` timed calls after ``warmup`` untimed
    ones.
    """

    median: float
    best: float
    repeats: int
    warmup: int


def _finish(result: Any) -> None:
    """Wait for a result computed asynchronously (GPU tensors) by copying it to
    the host.
    """
    if hasattr(result, "numpy"):
        result.numpy()
    elif isinstance(result, (list, tuple)):
        for item in result:
            _finish(item)


def time_call(
    fn: Callable[[], Any], *, warmup: int = 2, repeats: int = 10
) -> Timing:
    """Time ``fn()``: call it ``warmup`` times untimed (tracing, compiling),
    then ``repeats`` times.

    Each timed call includes copying a tensor result to the host, so work queued
    on a GPU is finished before the clock stops.

    Args:
        fn: a function of no arguments; wrap others with ``lambda``.
        warmup: untimed calls first, at least 0.
        repeats: timed calls, at least 1.

    Returns:
        A [`Timing`][tfguide.timing.Timing] with the median and best seconds per
        call.

    Raises:
        TypeError: if ``fn`` is not callable or a count is not an int.
        ValueError: if ``warmup`` is negative or ``repeats`` below 1.
    """
    if not callable(fn):
        raise TypeError(f"fn must be callable, got {type(fn).__name__}")
    for name, value, least in (("warmup", warmup, 0), ("repeats", repeats, 1)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(
                f"{name} must be an int, got {type(value).__name__}"
            )
        if value < least:
            raise ValueError(f"{name} must be at least {least}, got {value}")
    for _ in range(warmup):
        _finish(fn())
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        _finish(fn())
        samples.append(time.perf_counter() - start)
    return Timing(statistics.median(samples), min(samples), repeats, warmup)


def markdown_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]]
) -> str:
    """Format rows as a Markdown table, numbers right-aligned.

    Args:
        headers: the column titles.
        rows: one sequence per row, as long as ``headers``.

    Returns:
        The table as a string, one line per row, ending without a newline.

    Raises:
        ValueError: if there are no headers or a row has the wrong length.
    """
    if not headers:
        raise ValueError("a table needs at least one column")
    for number, row in enumerate(rows, 1):
        if len(row) != len(headers):
            raise ValueError(
                f"row {number} has {len(row)} cells, the table has "
                f"{len(headers)} columns"
            )
    numeric = [
        all(isinstance(row[i], (int, float)) for row in rows) and rows
        for i in range(len(headers))
    ]
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append(
        "| " + " | ".join("---:" if n else "---" for n in numeric) + " |"
    )
    lines += [
        "| " + " | ".join(str(cell) for cell in row) + " |" for row in rows
    ]
    return "\n".join(lines)
