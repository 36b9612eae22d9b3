"""Time eager, tf.function and tf.function(jit_compile=True) on two workloads.

Prints a Markdown table: the median milliseconds per call, and the speed-up over
eager. Run: python snippets/tf_function/benchmark_modes.py --repeats 50
"""

import argparse
import statistics

import tensorflow as tf

from tfguide.timing import markdown_table, time_call

# the modes take turns, so that a busy moment of the machine hits all of them
ROUNDS = 5


def many_small_ops(x):
    """100 multiply-adds on a small vector: 200 tiny operations."""
    for _ in range(100):
        x = x * 0.99 + 0.01
    return x


def one_matmul(a):
    """One large matrix product."""
    return tf.matmul(a, a)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeats", type=int, default=50, help="timed calls per mode"
    )
    args = parser.parse_args()
    per_round = max(1, args.repeats // ROUNDS)

    small = tf.random.stateless_uniform([256], seed=[0, 1])
    large = tf.random.stateless_uniform([1024, 1024], seed=[0, 2])
    workloads = [
        ("100 small elementwise steps", many_small_ops, small),
        ("1024x1024 matmul", one_matmul, large),
    ]
    rows = []
    for label, fn, value in workloads:
        modes = {
            "eager": fn,
            "tf.function": tf.function(fn),
            "tf.function(jit_compile=True)": tf.function(fn, jit_compile=True),
        }
        medians = {mode: [] for mode in modes}
        for round_number in range(ROUNDS):
            for mode, run in modes.items():
                # the first calls trace and compile
                warmup = 3 if round_number == 0 else 1
                timing = time_call(
                    lambda run=run: run(value), warmup=warmup, repeats=per_round
                )
                medians[mode].append(timing.median)
        eager_ms = statistics.median(medians["eager"]) * 1000
        for mode in modes:
            ms = statistics.median(medians[mode]) * 1000
            rows.append([label, mode, round(ms, 3), round(eager_ms / ms, 1)])
    print(
        markdown_table(
            ["workload", "mode", "ms per call", "speed-up vs eager"], rows
        )
    )


if __name__ == "__main__":
    main()
