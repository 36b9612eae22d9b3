// The live demo of docs/demo.md: draw a digit, and TensorFlow.js classifies it in the page.
//
// Everything is loaded from this folder of the site: tf.min.js (the bundle package-lock.json
// pins), model/ (the digits CNN converted by `make demo-assets`) and test_digits.json.
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

  // ---------------------------------------------------------------- the probability table
  const rows = [];
  for (let digit = 0; digit < 10; digit += 1) {
    const row = table.insertRow();
    row.insertCell().textContent = String(digit);
    const value = row.insertCell();
    value.id = `digit-probability-${digit}`;
    value.className = "digit-probability";
    const barCell = row.insertCell();
    const bar = document.createElement("div");
    bar.className = "digit-bar";
    barCell.appendChild(bar);
    rows.push({ row, value, bar });
  }

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
    const probabilities = tf.tidy(() => model.predict(tf.tensor(values, [1, 8, 8, 1])));
    const result = Array.from(await probabilities.data());
    probabilities.dispose();
    window.lastPixels = values;
    show(values, result);
    return { predictedClass: result.indexOf(Math.max(...result)), probabilities: result };
  }
  window.classifyPixels = classifyPixels;

  // ---------------------------------------------------------------- drawing
  // The UCI digits were made from 32x32 black-and-white bitmaps, the digit scaled to fill the
  // box, by counting the set pixels in each 4x4 block (0 to 16). The drawing goes the same way.
  function drawingToPixels() {
    const { width, height } = canvas;
    const alpha = pen.getImageData(0, 0, width, height).data;
    let top = height, bottom = -1, left = width, right = -1;
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        if (alpha[4 * (y * width + x) + 3] > 0) {
          top = Math.min(top, y); bottom = Math.max(bottom, y);
          left = Math.min(left, x); right = Math.max(right, x);
        }
      }
    }
    if (bottom < 0) return null;
    const boxWidth = right - left + 1, boxHeight = bottom - top + 1;
    const scale = 30 / Math.max(boxWidth, boxHeight);
    const small = document.createElement("canvas");
    small.width = 32; small.height = 32;
    const context = small.getContext("2d", { willReadFrequently: true });
    const w = boxWidth * scale, h = boxHeight * scale;
    context.drawImage(canvas, left, top, boxWidth, boxHeight, (32 - w) / 2, (32 - h) / 2, w, h);
    const bitmap = context.getImageData(0, 0, 32, 32).data;
    const pixels = new Array(64).fill(0);
    for (let y = 0; y < 32; y += 1) {
      for (let x = 0; x < 32; x += 1) {
        if (bitmap[4 * (y * 32 + x) + 3] >= 128) pixels[8 * Math.floor(y / 4) + Math.floor(x / 4)] += 1;
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
    pen.beginPath();
    pen.moveTo(...point(event));
    pen.lineTo(...point(event));
    pen.stroke();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    pen.lineTo(...point(event));
    pen.stroke();
  });
  async function finishStroke() {
    if (!drawing) return;
    drawing = false;
    const pixels = drawingToPixels();
    if (pixels && model) await classifyPixels(pixels);
  }
  canvas.addEventListener("pointerup", finishStroke);
  canvas.addEventListener("pointercancel", finishStroke);

  function clearCanvas() {
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
  async function start() {
    try {
      await tf.setBackend("cpu"); // the same arithmetic on every machine, no GPU needed
      model = await tf.loadGraphModel(new URL("model/model.json", folder).href);
      const examples = await (await fetch(new URL("test_digits.json", folder).href)).json();
      const buttons = document.getElementById("digit-examples");
      Object.keys(examples).forEach((digit) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = digit;
        button.title = `a ${digit} from the test set`;
        button.addEventListener("click", () => {
          clearCanvas();
          classifyPixels(examples[digit]);
        });
        buttons.appendChild(button);
      });
      tf.tidy(() => model.predict(tf.zeros([1, 8, 8, 1]))); // the first call compiles
      status.textContent =
        `Model loaded: TensorFlow.js ${tf.version.tfjs}, ${tf.getBackend()} backend. Draw a digit.`;
      window.demoReady = true;
    } catch (error) {
      status.textContent = `The demo could not start: ${error.message}`;
      throw error;
    }
  }
  start();
})();
