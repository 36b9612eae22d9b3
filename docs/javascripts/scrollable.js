// A wide table that scrolls sideways can be reached and scrolled with the keyboard (WCAG
// 2.1.1). Material makes its scrolling code blocks focusable, and nbconvert the notebook
// cells, but not the box Material wraps each table in (.md-typeset__scrollwrap): such a box
// gets tabindex="0" while it overflows at the current width. All sizes are read before
// anything is written, so the page is laid out once.
(function () {
  "use strict";

  function mark() {
    const boxes = Array.from(document.querySelectorAll(".md-typeset__scrollwrap"));
    const overflowing = boxes.map((box) => box.scrollWidth > box.clientWidth + 1);
    boxes.forEach((box, i) => {
      if (overflowing[i]) box.setAttribute("tabindex", "0");
      else if (box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
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
