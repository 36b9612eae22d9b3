// Every region of a chapter that scrolls sideways can be reached and scrolled with the
// keyboard (WCAG 2.1.1), and no code block or table that does not scroll is a tab stop.
// Decided on load and whenever a region changes width; all sizes of a batch are read before
// any attribute is written, so the browser lays the page out once per batch, not once per
// region. (Notebook cells keep the tabindex="0" that nbconvert gives each of them.)
//
// - Tables: Material wraps each in a box (.md-typeset__scrollwrap) that it never makes
//   focusable; the box gets tabindex="0" while it overflows.
// - Code blocks: extra.css lets the browser skip laying out the ones off screen
//   (content-visibility: auto on the <pre>). Material measures whether a block scrolls, and a
//   skipped block measures as one that does not. Code is set in a monospaced font and never
//   wraps, so whether a skipped block scrolls follows from its text: its widest line (measured
//   in the block's font on a canvas, which lays out nothing) against the width of its <pre>,
//   which the browser knows while it skips what is inside.
// - A skipped block that will scroll also gets the height of the horizontal scrollbar it will
//   show (--scrollbar, added by extra.css), where scrollbars take room: laying it out then
//   moves nothing.
// - Material makes code blocks tab stops only where a pointer hovers; here they are tab stops
//   on touch screens too, for a reader with a keyboard attached to a tablet.
(function () {
  "use strict";
  if (!("ResizeObserver" in window)) return;

  const canvas = document.createElement("canvas").getContext("2d");
  const textWidths = new WeakMap(); // code -> width of its widest line, in CSS pixels

  function widestLine(code) {
    if (!textWidths.has(code)) {
      const style = getComputedStyle(code);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const lines = code.textContent.replace(/\n$/, "").split("\n");
      textWidths.set(code, Math.max(...lines.map((line) => canvas.measureText(line).width)));
    }
    return textWidths.get(code);
  }

  // A code block whose <pre> the browser skips: shown (not in a closed tab), not laid out.
  function skipped(code) {
    return Boolean(code.checkVisibility) && code.checkVisibility()
      && !code.checkVisibility({ contentVisibilityAuto: true });
  }

  function overflows(element) {
    return element.scrollWidth > element.clientWidth; // the browser's own rule: scrolls by a pixel or more
  }

  // Whether a region scrolls: a table's box, or a code block's <pre>.
  function scrolls(box) {
    if (box.tagName !== "PRE") return overflows(box);
    const code = box.querySelector(":scope > code");
    if (!skipped(code)) return overflows(code);
    const style = getComputedStyle(code);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return Math.round(widestLine(code) + padding) > box.clientWidth; // scrollWidth is rounded too
  }

  function focusTarget(box) {
    return box.tagName === "PRE" ? box.querySelector(":scope > code") : box;
  }

  function setFocusable(element, focusable) {
    if (focusable && element.getAttribute("tabindex") !== "0") element.setAttribute("tabindex", "0");
    else if (!focusable && element.getAttribute("tabindex") === "0") element.removeAttribute("tabindex");
  }

  // The height of a horizontal scrollbar under a code block: 0 where scrollbars overlay the
  // text. Read once, from a block laid out that scrolls, or else from a hidden block of one
  // long line.
  let scrollbarHeight = null;
  function scrollbar(boxes, answers) {
    if (scrollbarHeight !== null) return scrollbarHeight;
    const laidOut = boxes.findIndex((box, index) => answers[index] && box.tagName === "PRE" && !skipped(focusTarget(box)));
    let pre = laidOut >= 0 ? boxes[laidOut] : null;
    if (!pre) {
      pre = document.createElement("pre");
      pre.style.cssText = "position: absolute; visibility: hidden; width: 10em; content-visibility: visible";
      pre.innerHTML = "<code>" + "x".repeat(200) + "</code>";
      (document.querySelector(".md-typeset") || document.body).append(pre);
    }
    const code = focusTarget(pre);
    const style = getComputedStyle(code);
    scrollbarHeight = code.offsetHeight - code.clientHeight
      - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
    if (laidOut < 0) pre.remove();
    return scrollbarHeight;
  }

  function settle(boxes) {
    const answers = boxes.map(scrolls); // every read first
    const bar = answers.some(Boolean) ? scrollbar(boxes, answers) : 0;
    boxes.forEach((box, index) => {
      setFocusable(focusTarget(box), answers[index]);
      if (box.tagName === "PRE" && bar > 0) {
        const height = answers[index] ? `${bar}px` : "";
        if (box.style.getPropertyValue("--scrollbar") !== height) box.style.setProperty("--scrollbar", height);
      }
    });
  }

  function observe() {
    const boxes = [...document.querySelectorAll(".md-typeset__scrollwrap")];
    const blocks = [...document.querySelectorAll(".md-typeset pre")].filter((pre) => pre.querySelector(":scope > code"));
    const resized = new ResizeObserver((entries) => settle(entries.map(({ target }) => target)));
    [...boxes, ...blocks].forEach((box) => resized.observe(box)); // reports each once at first
    // Material decides again when a block changes size, and takes the focus from a skipped
    // block that scrolls (its measure says it does not), or from any block on a touch
    // screen: give it back.
    const restore = new MutationObserver((records) => {
      const lost = records.filter(({ target }) => !target.hasAttribute("tabindex")).map(({ target }) => target.parentElement);
      const answers = lost.map(scrolls);
      lost.forEach((pre, index) => answers[index] && setFocusable(focusTarget(pre), true));
    });
    blocks.forEach((pre) => restore.observe(focusTarget(pre), { attributes: true, attributeFilter: ["tabindex"] }));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", observe); // after Material has mounted its components
  } else {
    observe();
  }
})();
