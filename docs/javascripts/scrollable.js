// Every region that scrolls sideways can be reached and scrolled with the keyboard (WCAG 2.1.1):
// a code block, an output of a notebook cell or a wide table that overflows at the current
// width gets tabindex="0", unless it can take the focus already or holds something that can.
(function () {
  "use strict";
  const SCROLLERS = [
    ".md-typeset pre > code",
    ".md-typeset__scrollwrap",
    ".jupyter-wrapper .jp-Cell-inputWrapper",
    ".jupyter-wrapper .jp-OutputArea-output",
  ].join(",");
  const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

  function mark() {
    document.querySelectorAll(SCROLLERS).forEach((element) => {
      const scrolls = element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1;
      if (scrolls && !element.hasAttribute("tabindex") && !element.querySelector(FOCUSABLE)) {
        element.setAttribute("tabindex", "0");
      }
    });
  }

  let pending = 0;
  function schedule() {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(mark);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", schedule);
  } else {
    schedule();
  }
  window.addEventListener("resize", schedule);
})();
