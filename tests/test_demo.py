"""The live demo (docs/demo.md) classifies digits in a real browser as Python
does.

The site (built strictly once per session, see tests/conftest.py) is served on
127.0.0.1 (tools/website.py); Debian's Chromium, driven by Playwright, opens the
demo page, and the tests compare the class and the probabilities the page shows
with those of the Keras model the demo's files were converted from
(``docs/demo/digits_cnn.keras``), and draw each digit with the mouse as a person
would, at several sizes and places, and count how many the page reads right.
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np
import pytest
from browser import require
from website import base_path, serve

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "docs" / "demo"
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def server(site):
    # the strict build that tests/conftest.py shares
    with serve(site, base_path()) as address:
        yield address


@pytest.fixture(scope="module")
def demo(chromium, server):
    """The demo page, loaded in headless Chromium, with the requests and
    errors it made.
    """
    page = chromium.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}demo/")
    assert not any(url.endswith("/tf.min.js") for url in requests), (
        "TensorFlow.js loaded before it was needed"
    )
    # the reader turns to the demo: TensorFlow.js and the model load
    page.hover("#digit-canvas")
    page.wait_for_function("window.demoReady === true", timeout=60_000)
    yield page, requests, errors, server
    page.close()


@pytest.fixture(scope="module")
def keras_model():
    import keras

    return keras.models.load_model(DEMO / "digits_cnn.keras")


def shown(page) -> tuple[int, np.ndarray]:
    """The class and the ten probabilities the page shows (as percentages with 2
    decimals).
    """
    predicted = int(page.inner_text("#digit-class"))
    texts = [page.inner_text(f"#digit-probability-{d}") for d in range(10)]
    return predicted, np.array(
        [float(t.removesuffix("%").strip()) / 100 for t in texts]
    )


def test_the_demo_shows_the_class_and_probabilities_python_computes(
    demo, keras_model
):
    from tfguide.data import split_digits

    page, _, errors, _ = demo
    _, (images, labels) = split_digits()
    for index in range(5):
        pixels = images[index].reshape(64)
        expected = keras_model.predict(images[index : index + 1], verbose=0)[0]
        result = page.evaluate(
            "pixels => window.classifyPixels(pixels)", pixels.tolist()
        )
        np.testing.assert_allclose(
            result["probabilities"], expected, atol=TOLERANCE
        )
        assert result["predictedClass"] == expected.argmax() == labels[index]
        predicted, probabilities = shown(page)
        assert predicted == expected.argmax()
        np.testing.assert_allclose(probabilities, expected, atol=TOLERANCE)
    assert not errors


def test_a_digit_drawn_with_the_mouse_is_classified_as_python_does(
    demo, keras_model
):
    page, _, errors, _ = demo
    page.click("#digit-clear")
    box = page.locator("#digit-canvas").bounding_box()
    page.mouse.move(
        box["x"] + 0.5 * box["width"], box["y"] + 0.15 * box["height"]
    )
    page.mouse.down()
    for step in range(1, 11):  # a vertical stroke: a 1
        page.mouse.move(
            box["x"] + 0.5 * box["width"],
            box["y"] + (0.15 + 0.07 * step) * box["height"],
        )
    page.mouse.up()
    page.wait_for_function("window.lastPixels !== null")
    pixels = np.array(page.evaluate("window.lastPixels"), dtype=np.float32)
    assert pixels.shape == (64,) and pixels.max() > 0
    expected = keras_model.predict(pixels.reshape(1, 8, 8, 1), verbose=0)[0]
    predicted, probabilities = shown(page)
    assert predicted == expected.argmax()
    np.testing.assert_allclose(probabilities, expected, atol=TOLERANCE)
    assert not errors


def test_the_demo_loads_everything_from_the_site(demo):
    page, requests, errors, server = demo
    assert requests, "the page made no requests"
    assert all(url.startswith(server) for url in requests), [
        u for u in requests if not u.startswith(server)
    ]
    assert any(url.endswith("/demo/model/model.json") for url in requests)
    assert page.evaluate("tf.getBackend()") == "cpu"
    assert not errors


def test_the_demo_serves_the_pinned_tensorflow_js(demo):
    page, _, _, _ = demo
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/@tensorflow/tfjs"]["version"]
    assert page.evaluate("tf.version.tfjs") == pinned
    bundle = (
        ROOT / "node_modules" / "@tensorflow" / "tfjs" / "dist" / "tf.min.js"
    )
    require(
        bundle.exists(), "node_modules/ is missing: run `make node-modules`"
    )
    assert (DEMO / "tf.min.js").read_bytes() == bundle.read_bytes(), (
        "run `make demo-assets`"
    )


# ------------------------------------------------------------------------
# hand-drawn digits Each digit as a person draws it with a mouse: strokes in a
# unit box (x right, y down), in the order and direction people usually write
# them.
def _arc(cx, cy, rx, ry, start, end, n=24):
    """Points on an ellipse from angle ``start`` to ``end`` (degrees,
    0 = right, 90 = down).
    """
    return [
        (
            cx + rx * math.cos(math.radians(a)),
            cy + ry * math.sin(math.radians(a)),
        )
        for a in np.linspace(start, end, n)
    ]


def _line(*points, n=8):
    out = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        out += [
            (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            for t in np.linspace(0, 1, n)[:-1]
        ]
    return out + [points[-1]]


DIGIT_STROKES = {
    0: [_arc(0.5, 0.5, 0.4, 0.5, -90, 275, 40)],
    1: [_line((0.3, 0.18), (0.58, 0.0), (0.55, 1.0))],
    2: [
        _arc(0.5, 0.28, 0.38, 0.28, 200, 360 + 35)
        + _line((0.78, 0.45), (0.1, 1.0), (0.92, 1.0))
    ],
    3: [
        _arc(0.45, 0.25, 0.38, 0.25, 210, 360 + 90, 20)
        + _arc(0.45, 0.75, 0.42, 0.25, -90, 150, 20)
    ],
    4: [
        _line((0.6, 0.0), (0.08, 0.68), (0.92, 0.68)),
        _line((0.68, 0.3), (0.66, 1.0)),
    ],
    5: [
        _line((0.85, 0.0), (0.25, 0.0), (0.2, 0.42))
        + _arc(0.5, 0.7, 0.38, 0.3, -115, 150, 20)
    ],
    6: [
        _arc(1.05, 0.62, 0.8, 0.62, -120, -180, 10)
        + _arc(0.52, 0.73, 0.33, 0.27, 180, 540, 28)
    ],
    7: [_line((0.08, 0.02), (0.92, 0.0), (0.38, 1.0))],
    8: [
        [
            (0.5 + 0.34 * math.sin(2 * t), 0.5 - 0.5 * math.cos(t))
            for t in np.linspace(0, 2 * math.pi, 48)
        ]
    ],
    9: [
        _arc(0.48, 0.3, 0.34, 0.3, 0, -360, 32)
        + _line((0.82, 0.3), (0.76, 1.0))
    ],
}
# (height of the digit, left, top) as fractions of the canvas: small and large,
# off-centre.
PLACES = [
    (0.45, 0.1, 0.1),
    (0.8, 0.12, 0.08),
    (0.6, 0.35, 0.3),
    (0.35, 0.55, 0.55),
    (0.7, 0.2, 0.15),
]


def draw_digit(
    page, digit: int, place: tuple[float, float, float], seed: int
) -> None:
    """Draw ``digit`` on the demo's canvas with the mouse, slightly
    unsteadily."""
    box = page.locator("#digit-canvas").bounding_box()
    height, left, top = place
    width = 0.7 * height  # digits are taller than wide
    rng = np.random.default_rng(seed)
    for stroke in DIGIT_STROKES[digit]:
        points = [
            (
                box["x"]
                + box["width"] * (left + width * x)
                + rng.normal(0, 0.8),
                box["y"]
                + box["height"] * (top + height * y)
                + rng.normal(0, 0.8),
            )
            for x, y in stroke
        ]
        page.mouse.move(*points[0])
        page.mouse.down()
        for x, y in points[1:]:
            page.mouse.move(x, y)
        page.mouse.up()


def read_drawn_digits(page, places) -> list[tuple[int, int]]:
    """Draw each digit at its place; returns (digit, what the page read)
    pairs."""
    results = []
    for digit in range(10):
        page.click("#digit-clear")
        before = page.evaluate("window.classifications")
        draw_digit(page, digit, places[digit % len(places)], seed=digit)
        # one classification per stroke: wait for the one after the last stroke
        page.wait_for_function(
            f"window.classifications >= {before + len(DIGIT_STROKES[digit])}"
        )
        results.append((digit, int(page.inner_text("#digit-class"))))
    return results


def test_digits_drawn_by_hand_are_read_right(demo):
    page, _, errors, _ = demo
    results = read_drawn_digits(page, PLACES)
    wrong = [(digit, read) for digit, read in results if digit != read]
    print(
        "hand-drawn digits read right: "
        f"{len(results) - len(wrong)} of {len(results)}"
    )
    assert len(wrong) <= 1, f"misread (drawn, read): {wrong}"
    assert not errors
