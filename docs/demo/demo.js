// The live demo of docs/demo.md: draw a digit, and TensorFlow.js classifies it in the page.
//
// Everything is loaded from this folder of the site, once the reader turns to the demo:
// tf.min.js (the bundle package-lock.json pins), model/ (the digits CNN converted by
// `make demo-assets`) and test_digits.json.
// window.classifyPixels(pixels) classifies 64 values from 0 to 1 (an 8x8 image, row by row)
// and shows the result; tests/test_demo.py calls it in headless Chromium.
(function () {
  "use strict";

  const folder = new URL(".", document.currentScript.src); // where this file is served from
  const canvas = document.getElementById("digit-canvas");
  const preview = document.getElementById("digit-preview");
  const status = document.getElementById("demo-status");
  const shownClass = document.getElementById("digit-class");
  const table = document.getElementById("digit-probabilities");
  const pen = canvas.getContext("2d", { willReadFrequently: true });
  let model = null;
  let drawing = false;

  window.demoReady = false;
  window.lastPixels = null;
  window.classifications = 0;

  // ---------------------------------------------------------------- the probability table
  // docs/demo.md has the ten rows already, so that nothing moves when the results come in.
  const rows = Array.from({ length: 10 }, (_, digit) => {
    const value = document.getElementById(`digit-probability-${digit}`);
    return { row: value.parentElement, value, bar: value.parentElement.querySelector(".digit-bar") };
  });

  function show(pixels, probabilities) {
    const best = probabilities.indexOf(Math.max(...probabilities));
    shownClass.textContent = String(best);
    rows.forEach(({ row, value, bar }, digit) => {
      const p = probabilities[digit];
      value.textContent = `${(100 * p).toFixed(2)} %`;
      bar.style.width = `${(100 * p).toFixed(1)}%`;
      row.classList.toggle("digit-best", digit === best);
    });
    drawPreview(pixels);
  }

  function drawPreview(pixels) {
    const context = preview.getContext("2d");
    const cell = preview.width / 8;
    context.clearRect(0, 0, preview.width, preview.height);
    pixels.forEach((value, i) => {
      const level = Math.round(255 * (1 - value));
      context.fillStyle = `rgb(${level}, ${level}, ${level})`;
      context.fillRect((i % 8) * cell, Math.floor(i / 8) * cell, cell, cell);
    });
  }

  function clearResult() {
    shownClass.textContent = "–";
    rows.forEach(({ row, value, bar }) => {
      value.textContent = "";
      bar.style.width = "0";
      row.classList.remove("digit-best");
    });
    preview.getContext("2d").clearRect(0, 0, preview.width, preview.height);
    window.lastPixels = null;
  }

  // ---------------------------------------------------------------- classifying
  async function classifyPixels(pixels) {
    if (!model) throw new Error("the model is not loaded yet");
    const values = Array.from(pixels, Number);
    if (values.length !== 64 || values.some((v) => !(v >= 0 && v <= 1))) {
      throw new Error("classifyPixels needs 64 values between 0 and 1 (an 8x8 image)");
    }
    // --8<-- [start:predict]
    const probabilities = tf.tidy(() => model.predict(tf.tensor(values, [1, 8, 8, 1])));
    const result = Array.from(await probabilities.data());
    probabilities.dispose();
    // --8<-- [end:predict]
    window.lastPixels = values;
    show(values, result);
    window.classifications += 1; // tests/test_demo.py waits on this count
    return { predictedClass: result.indexOf(Math.max(...result)), probabilities: result };
  }
  window.classifyPixels = classifyPixels;

  // ---------------------------------------------------------------- drawing
  // The UCI digits were written on paper, scanned, and normalized by NIST's programs into
  // 32x32 black-and-white bitmaps: every digit fills the height of the box and is centred,
  // and its strokes are thick (a digit sets 313 of the 1,024 pixels on average, whatever its
  // shape). Each of the 8x8 inputs counts the set pixels of a 4x4 block, 0 to 16; the model
  // gets that count / 16. A drawing goes the same way: its strokes (the points the pointer
  // went through, not the pixels on the screen) are drawn again into 32x32, scaled so that
  // the digit fills the height (and at most WIDEST pixels of the width; a narrow one that is
  // no 1 is widened to WIDTH_AT_LEAST) and centred, with the pen as wide as it takes to set
  // INK pixels; then the 4x4 blocks are counted.
  const SIZE = 32;
  const INK = 313;
  const WIDEST = 28;
  const NARROW = 0.3; // narrower than 0.3 of its height: a 1, left as it is
  const WIDTH_AT_LEAST = 16;
  let strokes = [];
  const small = document.createElement("canvas");
  small.width = SIZE;
  small.height = SIZE;
  const smallPen = small.getContext("2d", { willReadFrequently: true });

  // The strokes drawn into 32x32 with a pen `width` pixels wide; returns the set pixels.
  function render(box, width) {
    const spanX = box.right - box.left, spanY = box.bottom - box.top;
    let scale = (SIZE - width) / Math.max(spanY, 1e-6); // the digit fills the height ...
    if (spanX * scale > WIDEST - width) scale = (WIDEST - width) / Math.max(spanX, 1e-6); // ... within WIDEST
    let scaleX = scale; // a narrow digit (not a 1) is widened to the digits' usual width
    if (spanX > NARROW * spanY && spanX * scale < WIDTH_AT_LEAST) scaleX = WIDTH_AT_LEAST / spanX;
    const x0 = (SIZE - spanX * scaleX) / 2 - box.left * scaleX;
    const y0 = (SIZE - spanY * scale) / 2 - box.top * scale;
    smallPen.clearRect(0, 0, SIZE, SIZE);
    smallPen.lineWidth = width;
    smallPen.lineCap = "round";
    smallPen.lineJoin = "round";
    smallPen.strokeStyle = "#000";
    smallPen.fillStyle = "#000";
    strokes.forEach((stroke) => {
      smallPen.beginPath();
      if (stroke.length === 1) {
        smallPen.arc(x0 + stroke[0][0] * scaleX, y0 + stroke[0][1] * scale, width / 2, 0, 2 * Math.PI);
        smallPen.fill();
        return;
      }
      stroke.forEach(([x, y], i) => {
        if (i === 0) smallPen.moveTo(x0 + x * scaleX, y0 + y * scale);
        else smallPen.lineTo(x0 + x * scaleX, y0 + y * scale);
      });
      smallPen.stroke();
    });
    const alpha = smallPen.getImageData(0, 0, SIZE, SIZE).data;
    const set = new Uint8Array(SIZE * SIZE);
    let count = 0;
    for (let i = 0; i < set.length; i += 1) {
      set[i] = alpha[4 * i + 3] >= 128 ? 1 : 0;
      count += set[i];
    }
    return { set, count };
  }

  function drawingToPixels() {
    const points = strokes.flat();
    if (points.length === 0) return null;
    const box = {
      left: Math.min(...points.map((p) => p[0])), right: Math.max(...points.map((p) => p[0])),
      top: Math.min(...points.map((p) => p[1])), bottom: Math.max(...points.map((p) => p[1])),
    };
    let thin = 1, thick = 16; // find the pen width that sets INK pixels, by bisection
    for (let step = 0; step < 12; step += 1) {
      const middle = (thin + thick) / 2;
      if (render(box, middle).count < INK) thin = middle;
      else thick = middle;
    }
    const { set } = render(box, (thin + thick) / 2);
    const pixels = new Array(64).fill(0);
    for (let y = 0; y < SIZE; y += 1) {
      for (let x = 0; x < SIZE; x += 1) {
        pixels[8 * Math.floor(y / 4) + Math.floor(x / 4)] += set[y * SIZE + x];
      }
    }
    return pixels.map((count) => count / 16);
  }

  function point(event) {
    const box = canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * canvas.width) / box.width,
      ((event.clientY - box.top) * canvas.height) / box.height,
    ];
  }

  canvas.addEventListener("pointerdown", (event) => {
    drawing = true;
    canvas.setPointerCapture(event.pointerId);
    const start = point(event);
    strokes.push([start]);
    pen.beginPath();
    pen.moveTo(...start);
    pen.lineTo(...start);
    pen.stroke();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    const next = point(event);
    strokes[strokes.length - 1].push(next);
    pen.lineTo(...next);
    pen.stroke();
  });
  async function finishStroke() {
    if (!drawing) return;
    drawing = false;
    const pixels = drawingToPixels();
    if (!pixels) return;
    await load();
    await classifyPixels(pixels);
  }
  canvas.addEventListener("pointerup", finishStroke);
  canvas.addEventListener("pointercancel", finishStroke);

  function clearCanvas() {
    strokes = [];
    pen.clearRect(0, 0, canvas.width, canvas.height);
    pen.lineWidth = canvas.width / 12;
    pen.lineCap = "round";
    pen.lineJoin = "round";
    pen.strokeStyle = "#000";
    clearResult();
  }
  document.getElementById("digit-clear").addEventListener("click", clearCanvas);
  clearCanvas();

  // ---------------------------------------------------------------- loading
  // TensorFlow.js (1.4 MB) and the model load when the reader turns to the demo: points at
  // it, touches it or moves the keyboard focus into it. The page itself shows at once and
  // stays responsive; a digit drawn meanwhile is classified as soon as the model is there.
  let examples = {};
  let loading = null;

  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.appendChild(script);
    });
  }

  async function start() {
    try {
      status.textContent = "Loading TensorFlow.js and the model\u2026";
      // --8<-- [start:load]
      await loadScript(new URL("tf.min.js", folder).href);
      await tf.setBackend("cpu"); // float32 in plain JavaScript, with or without a GPU
      model = await tf.loadGraphModel(new URL("model/model.json", folder).href);
      // --8<-- [end:load]
      examples = await (await fetch(new URL("test_digits.json", folder).href)).json();
      // --8<-- [start:warmup]
      // One call before the reader draws; tidy disposes its input and output.
      tf.tidy(() => {
        model.predict(tf.zeros([1, 8, 8, 1]));
      });
      // --8<-- [end:warmup]
      status.textContent =
        `Model loaded: TensorFlow.js ${tf.version.tfjs}, ${tf.getBackend()} backend. Draw a digit.`;
      window.demoReady = true;
    } catch (error) {
      status.textContent = `The demo could not start: ${error.message}`;
      throw error;
    }
  }

  function load() {
    if (!loading) {
      // Forget a failed start, so that the next touch tries again instead of failing at once.
      loading = start().catch((error) => {
        loading = null;
        throw error;
      });
    }
    return loading;
  }
  window.loadDemo = load;

  document.querySelectorAll("#digit-examples button").forEach((button) => {
    const digit = button.textContent.trim();
    button.addEventListener("click", async () => {
      await load();
      clearCanvas();
      classifyPixels(examples[digit]);
    });
  });
  ["pointerover", "pointerdown", "focusin"].forEach((type) => {
    document.querySelectorAll(".tfguide-demo, #digit-examples").forEach((element) => {
      element.addEventListener(type, load, { once: true, passive: true });
    });
  });
})();
