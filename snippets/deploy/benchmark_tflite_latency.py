"""Time one inference of the digits CNN in Keras, in TensorFlow compiled, and in
each LiteRT file.

Trains the model as docs/deploy.md does, converts it four ways, and prints a
Markdown table: the median milliseconds per call for one image and for a batch
of 64. The baselines are the Keras model called eagerly, the model inside a
`tf.function` (a compiled graph), and the `serve` signature of the exported
SavedModel, reloaded with `tf.saved_model.load`. Run: python
snippets/deploy/benchmark_tflite_latency.py --repeats 200
"""

import argparse
import os
import tempfile

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

from tfguide.data import DigitsDatasets, digits_datasets, split_digits
from tfguide.models import build_digits_cnn
from tfguide.timing import markdown_table, time_call


def train() -> tuple[keras.Model, DigitsDatasets]:
    keras.utils.set_random_seed(0)
    tf.config.experimental.enable_op_determinism()
    data = digits_datasets()
    model = build_digits_cnn()
    model.compile(
        optimizer=keras.optimizers.Adam(3e-3),
        loss="sparse_categorical_crossentropy",
    )
    # data.train shuffles itself each epoch; with fit's default shuffle=True,
    # Keras would warn that it ignores the argument for a dataset.
    model.fit(data.train, epochs=20, verbose=0, shuffle=False)
    return model, data


def convert(saved_model_dir: str, data: DigitsDatasets, variant: str) -> bytes:
    converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
    if variant != "float32":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    if variant == "float16":
        converter.target_spec.supported_types = [tf.float16]
    if variant == "int8":
        converter.representative_dataset = lambda: (
            [images] for images, _ in data.train
        )
        converter.target_spec.supported_ops = [
            tf.lite.OpsSet.TFLITE_BUILTINS_INT8
        ]
        converter.inference_input_type = tf.int8
        converter.inference_output_type = tf.int8
    return converter.convert()


def tflite_call(content: bytes, images: np.ndarray):
    """A function of no arguments that runs the model on ``images`` (quantized if
    int8).
    """  # noqa: E501 (the docstring is kept as measured; see docs/benchmarks/)
    runner = Interpreter(model_content=content).get_signature_runner(
        "serving_default"
    )
    spec = runner.get_input_details()["image"]
    if spec["dtype"] == np.int8:
        scale, zero_point = spec["quantization"]
        images = np.clip(
            np.round(images / scale + zero_point), -128, 127
        ).astype(np.int8)
    return lambda: runner(image=images)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeats",
        type=int,
        default=200,
        help="timed calls per row and batch size",
    )
    args = parser.parse_args()

    model, data = train()
    saved_model_dir = os.path.join(tempfile.mkdtemp(), "saved_model")
    model.export(saved_model_dir, verbose=False)
    _, (test_images, _) = split_digits()
    batches = {"1 image": test_images[:1], "64 images": test_images[:64]}

    # traced once per batch size
    compiled = tf.function(lambda x: model(x, training=False))
    # what TensorFlow Serving would run
    reloaded = tf.saved_model.load(saved_model_dir)
    baselines = {
        "Keras model(x) (eager)": lambda x: model(x, training=False),
        "Keras model in a tf.function": compiled,
        "SavedModel serve signature": reloaded.serve,
    }
    rows = []
    for name, function in baselines.items():
        row = [name]
        for images in batches.values():
            x = tf.constant(images)
            timing = time_call(
                lambda x=x: function(x), warmup=5, repeats=args.repeats
            )
            row.append(round(timing.median * 1000, 3))
        rows.append(row)
    for variant in ["float32", "dynamic range", "float16", "int8"]:
        content = convert(saved_model_dir, data, variant)
        row = [f"LiteRT {variant}"]
        for images in batches.values():
            timing = time_call(
                tflite_call(content, images), warmup=5, repeats=args.repeats
            )
            row.append(round(timing.median * 1000, 3))
        rows.append(row)
    print(
        markdown_table(
            ["model", *(f"ms per call, {label}" for label in batches)], rows
        )
    )


if __name__ == "__main__":
    main()
