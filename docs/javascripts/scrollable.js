// Every region that scrolls sideways can be reached and scrolled with the keyboard (WCAG
// 2.1.1). Sizes are read in a ResizeObserver, after the browser has laid the page out.
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

  function decide(element) {
    if (element.scrollWidth > element.clientWidth + 1) element.setAttribute("tabindex", "0");
    else if (element.getAttribute("tabindex") === "0") element.removeAttribute("tabindex");
  }

  // A code block whose <pre> the browser skips: shown (not in a closed tab), not laid out.
  function skipped(code) {
    return Boolean(code.checkVisibility) && code.checkVisibility()
      && !code.checkVisibility({ contentVisibilityAuto: true });
  }

  function undecided(code) {
    code.setAttribute("tabindex", "0");
  }

  const resized = new ResizeObserver((entries) => {
    entries.forEach(({ target }) => {
      if (!skipped(target)) decide(target);
    });
  });

  function observe() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach((box) => resized.observe(box));
    if (!matchMedia("(hover)").matches) return;
    const blocks = document.querySelectorAll(".md-typeset pre > code");
    blocks.forEach((code) => {
      if (skipped(code)) undecided(code);
      resized.observe(code);
    });
    // The browser starts or stops laying out a block (it came near the screen, or left it).
    document.addEventListener("contentvisibilityautostatechange", (event) => {
      const code = event.target.querySelector(":scope > code");
      if (code) event.skipped ? undecided(code) : decide(code);
    }, true);
    // Material, deciding a skipped block after the window changed size, takes its focus away.
    const restore = new MutationObserver((records) => {
      records.forEach(({ target }) => {
        if (!target.hasAttribute("tabindex") && skipped(target)) undecided(target);
      });
    });
    blocks.forEach((code) => restore.observe(code, { attributes: true, attributeFilter: ["tabindex"] }));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", observe); // after Material has mounted its components
  } else {
    observe();
  }
})();
