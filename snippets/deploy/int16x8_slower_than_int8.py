# Continues snippets/deploy/train_and_export.py (test_images),
# snippets/deploy/quantize_full_integer.py (int8_path),
# snippets/deploy/quantize_int16x8.py (int16x8_path).
"""16x8 against int8 on this CPU: the same batch of 64, a few timed calls."""

import time

import numpy as np
from ai_edge_litert.interpreter import Interpreter


def median_ms(path, images):
    """Median time of 5 calls on one batch, after one untimed call."""
    runner = Interpreter(model_path=path).get_signature_runner(
        "serving_default"
    )
    spec = runner.get_input_details()["image"]
    if spec["dtype"] == np.int8:  # quantize as in the int8 block above
        scale, zero_point = spec["quantization"]
        images = np.round(images / scale + zero_point).astype(np.int8)
    runner(image=images)  # resize and warm up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        runner(image=images)
        times.append(time.perf_counter() - start)
    return 1000 * float(np.median(times))


batch = test_images[:64]
int8_ms = median_ms(int8_path, batch)
int16x8_ms = median_ms(int16x8_path, batch)
print("16x8 slower than int8 for a batch of 64:", int16x8_ms > int8_ms)
print("more than 10 times slower:", int16x8_ms > 10 * int8_ms)
