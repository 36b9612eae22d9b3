"""Make the files of the live demo (docs/demo.md) in docs/demo/.

Trains the digits CNN as docs/deploy.md does, converts it to a TensorFlow.js
graph model with the converter in .venv-tfjs/, and copies the TensorFlow.js
bundle that package-lock.json pins from node_modules/, so that the site serves
everything the demo loads. It also saves the Keras model (tests/test_demo.py
compares the browser's answers with it) and one test image of each digit for the
demo's buttons. Run from the repository root: `make demo-assets`.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from tfguide.data import digits_datasets, split_digits
from tfguide.models import build_digits_cnn

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "docs" / "demo"
CONVERTER = ROOT / ".venv-tfjs" / "bin" / "tensorflowjs_converter"
BUNDLE = ROOT / "node_modules" / "@tensorflow" / "tfjs" / "dist" / "tf.min.js"


def train() -> keras.Model:
    keras.utils.set_random_seed(0)
    tf.config.experimental.enable_op_determinism()
    data = digits_datasets()
    model = build_digits_cnn()
    model.compile(
        optimizer=keras.optimizers.Adam(3e-3),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    # data.train shuffles itself each epoch; with fit's default shuffle=True,
    # Keras would warn that it ignores the argument for a dataset.
    model.fit(data.train, epochs=20, verbose=0, shuffle=False)
    _, accuracy = model.evaluate(data.test, verbose=0)
    print(f"test accuracy {accuracy:.1%}")
    return model


def main() -> None:
    model = train()
    DEMO.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        saved_model_dir = Path(folder) / "saved_model"
        model.export(saved_model_dir, verbose=False)
        shutil.rmtree(DEMO / "model", ignore_errors=True)
        subprocess.run(
            [
                CONVERTER,
                "--input_format=tf_saved_model",
                "--output_format=tfjs_graph_model",
                saved_model_dir,
                DEMO / "model",
            ],
            check=True,
        )
    model.save(DEMO / "digits_cnn.keras")
    shutil.copyfile(BUNDLE, DEMO / "tf.min.js")
    _, (images, labels) = split_digits()
    examples = {
        str(d): images[np.argmax(labels == d)].reshape(64).tolist()
        for d in range(10)
    }
    (DEMO / "test_digits.json").write_text(
        json.dumps(examples) + "\n", encoding="utf-8"
    )
    for path in sorted(DEMO.rglob("*")):
        if path.is_file():
            print(
                f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KB"
            )


if __name__ == "__main__":
    main()
