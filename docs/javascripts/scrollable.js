// Every region that scrolls sideways can be reached and scrolled with the keyboard (WCAG
// 2.1.1). Sizes are read in batches, all before any attribute is written, so the browser lays
// the page out once per batch, not once per block.
//
// - Tables: Material wraps each in a box (.md-typeset__scrollwrap) that it never makes
//   focusable; the box gets tabindex="0" while it overflows.
// - Code blocks: extra.css lets the browser skip laying out the ones off screen
//   (content-visibility: auto on the <pre>). Material decides whether a block scrolls when
//   the page loads and when the window changes size; for a skipped block it finds that it
//   does not, so it leaves it unfocusable. Here a skipped block is focusable (focusing it
//   lays it out), and decided when the browser lays it out. As in Material, this applies only
//   where there is a pointer that hovers: on a touch screen a code block is scrolled by
//   touch and is no tab stop.
(function () {
  "use strict";
  if (!("ResizeObserver" in window)) return;

  function overflows(element) {
    return element.scrollWidth > element.clientWidth + 1;
  }

  function setFocusable(element, focusable) {
    if (focusable && element.getAttribute("tabindex") !== "0") element.setAttribute("tabindex", "0");
    else if (!focusable && element.getAttribute("tabindex") === "0") element.removeAttribute("tabindex");
  }

  // A code block whose <pre> the browser skips: shown (not in a closed tab), not laid out.
  function skipped(code) {
    return Boolean(code.checkVisibility) && code.checkVisibility()
      && !code.checkVisibility({ contentVisibilityAuto: true });
  }

  // Focusable while skipped (undecided); otherwise while it overflows. Reads, then writes.
  function settle(elements) {
    const focusable = elements.map((element) => (element.tagName === "CODE" && skipped(element)) || overflows(element));
    elements.forEach((element, index) => setFocusable(element, focusable[index]));
  }

  const resized = new ResizeObserver((entries) => settle(entries.map(({ target }) => target)));

  function observe() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach((box) => resized.observe(box));
    if (!matchMedia("(hover)").matches) return;
    const blocks = [...document.querySelectorAll(".md-typeset pre > code")];
    settle(blocks);
    blocks.forEach((code) => resized.observe(code));
    // The browser stops laying out a block (it left the screen): focusable at once. It starts
    // again (the block came near the screen): the blocks are settled together in the next frame.
    const laidOut = new Set();
    document.addEventListener("contentvisibilityautostatechange", (event) => {
      const code = event.target.querySelector(":scope > code");
      if (!code) return;
      if (event.skipped) {
        laidOut.delete(code);
        setFocusable(code, true);
        return;
      }
      if (!laidOut.size) requestAnimationFrame(() => {
        settle([...laidOut]);
        laidOut.clear();
      });
      laidOut.add(code);
    }, true);
    // Material, deciding a skipped block after the window changed size, takes its focus away.
    const restore = new MutationObserver((records) => {
      const lost = records.map(({ target }) => target).filter((code) => !code.hasAttribute("tabindex"));
      lost.filter(skipped).forEach((code) => setFocusable(code, true));
    });
    blocks.forEach((code) => restore.observe(code, { attributes: true, attributeFilter: ["tabindex"] }));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", observe); // after Material has mounted its components
  } else {
    observe();
  }
})();
