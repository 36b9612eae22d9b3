// A wide table that scrolls sideways can be reached and scrolled with the keyboard (WCAG
// 2.1.1). Material makes its scrolling code blocks focusable, and nbconvert the notebook
// cells, but not the box Material wraps each table in (.md-typeset__scrollwrap): such a box
// gets tabindex="0" while it overflows at the current width. A ResizeObserver reads the
// sizes after the browser has laid the page out, so this forces no layout of its own.
(function () {
  "use strict";
  if (!("ResizeObserver" in window)) return;

  const observer = new ResizeObserver((entries) => {
    entries.forEach(({ target }) => {
      if (target.scrollWidth > target.clientWidth + 1) target.setAttribute("tabindex", "0");
      else if (target.getAttribute("tabindex") === "0") target.removeAttribute("tabindex");
    });
  });

  function observe() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach((box) => observer.observe(box));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", observe); // after Material has wrapped the tables
  } else {
    observe();
  }
})();
