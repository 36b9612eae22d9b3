"""The live demo (docs/demo.md) classifies digits in a real browser as Python does.

The site (built strictly once per session, see tests/conftest.py) is served on 127.0.0.1
from a thread; Debian's Chromium
(``/usr/bin/chromium``, driven by Playwright, which downloads no browser here) opens the
demo page, and the tests compare the class and the probabilities the page shows with those
of the Keras model the demo's files were converted from (``docs/demo/digits_cnn.keras``).
Without ``/usr/bin/chromium`` the tests are skipped, except in CI (``CI`` set), where they
fail: ``.ci/run`` installs Chromium first.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "docs" / "demo"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
TOLERANCE = 1e-4


def require(condition: bool, message: str) -> None:
    """Skip when ``condition`` fails, or fail in CI, where everything must be there."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the standard library's name)
        pass


@pytest.fixture(scope="module")
def server(request):
    require(CHROMIUM.exists(), "no /usr/bin/chromium to test the live demo: `apt-get install chromium`")
    site = request.getfixturevalue("site")  # the strict build that tests/conftest.py shares
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # a free port
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def demo(server):
    """The demo page, loaded in headless Chromium, with the requests and errors it made."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only this module needs it)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{server}demo/")
        page.wait_for_function("window.demoReady === true", timeout=60_000)
        yield page, requests, errors, server
        browser.close()


@pytest.fixture(scope="module")
def keras_model():
    import keras  # noqa: PLC0415 (slow to import; only these tests need it)

    return keras.models.load_model(DEMO / "digits_cnn.keras")


def shown(page) -> tuple[int, np.ndarray]:
    """The class and the ten probabilities the page shows (as percentages with 2 decimals)."""
    predicted = int(page.inner_text("#digit-class"))
    texts = [page.inner_text(f"#digit-probability-{d}") for d in range(10)]
    return predicted, np.array([float(t.removesuffix("%").strip()) / 100 for t in texts])


def test_the_demo_shows_the_class_and_probabilities_python_computes(demo, keras_model):
    from tfguide.data import split_digits  # noqa: PLC0415

    page, _, errors, _ = demo
    _, (images, labels) = split_digits()
    for index in range(5):
        pixels = images[index].reshape(64)
        expected = keras_model.predict(images[index : index + 1], verbose=0)[0]
        result = page.evaluate("pixels => window.classifyPixels(pixels)", pixels.tolist())
        np.testing.assert_allclose(result["probabilities"], expected, atol=TOLERANCE)
        assert result["predictedClass"] == expected.argmax() == labels[index]
        predicted, probabilities = shown(page)
        assert predicted == expected.argmax()
        np.testing.assert_allclose(probabilities, expected, atol=TOLERANCE)
    assert not errors


def test_a_digit_drawn_with_the_mouse_is_classified_as_python_does(demo, keras_model):
    page, _, errors, _ = demo
    page.click("#digit-clear")
    box = page.locator("#digit-canvas").bounding_box()
    page.mouse.move(box["x"] + 0.5 * box["width"], box["y"] + 0.15 * box["height"])
    page.mouse.down()
    for step in range(1, 11):  # a vertical stroke: a 1
        page.mouse.move(box["x"] + 0.5 * box["width"], box["y"] + (0.15 + 0.07 * step) * box["height"])
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
    assert all(url.startswith(server) for url in requests), [u for u in requests if not u.startswith(server)]
    assert any(url.endswith("/demo/model/model.json") for url in requests)
    assert page.evaluate("tf.getBackend()") == "cpu"
    assert not errors


def test_the_demo_serves_the_pinned_tensorflow_js(demo):
    page, _, _, _ = demo
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/@tensorflow/tfjs"]["version"]
    assert page.evaluate("tf.version.tfjs") == pinned
    bundle = ROOT / "node_modules" / "@tensorflow" / "tfjs" / "dist" / "tf.min.js"
    require(bundle.exists(), "node_modules/ is missing: run `make node-modules`")
    assert (DEMO / "tf.min.js").read_bytes() == bundle.read_bytes(), "run `make demo-assets`"
