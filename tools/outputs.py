"""Comparing what a block printed and drew with what its page shows, and
rewriting the page from a run (``--update-outputs``).

Everything works on the page model's blocks: the span of each expected-output
block was found once, by ``pages.scan``, so a rewrite replaces exactly the
lines between that block's fences (the marker, its ``-ignore-whitespace`` form
and any text between the marker and the fence stay as they are) or inserts a
new output block under the code. Figures are compared by the data they plot,
within ``FIGURE_RTOL``, and saved into ``docs/figures/`` on update.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import re
import shutil
from pathlib import Path

from pages import OUTPUT_MARKER, Block, Page
from rules import PageError

# how --update-outputs opens a new output block, after the backticks
OUTPUT_TITLE = 'text title="Output"'
# plotted values differ in the last digits between runs of other builds of a
# library; another CPU model's training curves differ more (cpu_outputs.py)
FIGURE_RTOL = 1e-3
FIGURE_ATOL = 1e-9  # values this close to each other are equal near zero
PLACEHOLDER_ALT = "DESCRIBE WHAT THE FIGURE SHOWS"


@dataclasses.dataclass
class Mismatch:
    """What the page shows and the run did not match: ``outcome`` is
    ``different`` (another output or figure) or ``failed`` (the page's rules).
    """

    outcome: str
    message: str


def diff(shown: str, printed: str, shown_name: str, printed_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            shown.splitlines(keepends=True),
            printed.splitlines(keepends=True),
            shown_name,
            printed_name,
        )
    )


def same_output(block: Block, output: str) -> bool:
    expected = block.expected_output or ""
    if block.ignore_whitespace:
        return re.sub(r"\s+", "", expected) == re.sub(r"\s+", "", output)
    return expected == output


def needs_update(block: Block, output: str) -> bool:
    """Whether ``--update-outputs`` must rewrite the block's output."""
    if block.expected_output is None:
        return bool(output)
    return not same_output(block, output)


def check_output(
    block: Block, output: str, recorded: str | None = None, note: str = ""
) -> Mismatch | None:
    """``recorded``: what this machine printed for the block before, when it
    is not the page's machine (``cpu_outputs.py``); ``note`` says so in the
    failure."""
    if block.expected_output is None:
        if not output:
            return None
        return Mismatch(
            "failed",
            "the block printed output that the page does not show; add an "
            f"expected-output block (make update-outputs)\n\n{output}",
        )
    if same_output(block, output) or output == recorded:
        return None
    text = diff(
        block.expected_output,
        output,
        "shown on the page",
        "printed by the code",
    )
    return Mismatch(
        "different", f"the output differs from the page{note}\n\n{text}"
    )


# ---------------------------------------------------------------------------
# rewriting
def _page_line(page: Page, expanded_line: int) -> int:
    """The 0-based index in the page file of an expanded line of the page's
    own.
    """
    origin = page.origins[expanded_line - 1]
    if origin.path != page.path:
        raise PageError(
            f"{page.rel}: expanded line {expanded_line} comes from "
            f"{page.project.rel(origin.path)}; only the page's own output "
            "blocks can be rewritten"
        )
    return origin.line - 1


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def rewritten(page: Page, updates: dict[Block, str]) -> str:
    """The page file's text with each block's output replaced by ``updates``."""
    lines = page.path.read_text(encoding="utf-8").split("\n")
    # bottom up, so that the line numbers above stay right
    for block, output in sorted(
        updates.items(), key=lambda item: item[0].fence, reverse=True
    ):
        body = output.removesuffix("\n").split("\n") if output else []
        if block.output is not None:
            start = _page_line(page, block.output.open)
            end = _page_line(page, block.output.close)
            indent = _indent(lines[start])
            lines[start + 1 : end] = [indent + t if t else "" for t in body]
            continue
        close = _page_line(page, block.close)
        indent = _indent(lines[_page_line(page, block.fence)])
        # a fence longer than any run of backticks that opens a line of it
        runs = [len(t) - len(t.lstrip("`")) for t in body]
        ticks = "`" * max([3, *(n + 1 for n in runs if n >= 3)])
        lines[close + 1 : close + 1] = [
            "",
            indent + OUTPUT_MARKER,
            "",
            indent + ticks + OUTPUT_TITLE,
            *(indent + t if t else "" for t in body),
            indent + ticks,
        ]
    return "\n".join(lines)


def rewrite(page: Page, updates: dict[Block, str]) -> None:
    page.path.write_text(rewritten(page, updates), encoding="utf-8")


# ---------------------------------------------------------------------------
# figures
def same_plot(shown, drawn) -> bool:
    """Whether two figures' plotted data agree: labels exactly, numbers within
    FIGURE_RTOL (NaN equals NaN).
    """
    if isinstance(shown, dict) and isinstance(drawn, dict):
        return shown.keys() == drawn.keys() and all(
            same_plot(shown[k], drawn[k]) for k in shown
        )
    if isinstance(shown, list) and isinstance(drawn, list):
        return len(shown) == len(drawn) and all(
            same_plot(a, b) for a, b in zip(shown, drawn, strict=True)
        )
    numbers = (int, float)
    if (
        isinstance(shown, numbers)
        and isinstance(drawn, numbers)
        and not isinstance(shown, bool)
        and not isinstance(drawn, bool)
    ):
        if math.isnan(shown) or math.isnan(drawn):
            return math.isnan(shown) and math.isnan(drawn)
        return math.isclose(
            shown, drawn, rel_tol=FIGURE_RTOL, abs_tol=FIGURE_ATOL
        )
    return shown == drawn


def wanted_figures(page: Page, before: int, count: int) -> list[str]:
    """The image paths of a block's figures: the n-th figure the page draws is
    ``figures/<page>-<n>.svg``.
    """
    return [
        f"figures/{page.path.stem}-{before + n}.svg"
        for n in range(1, count + 1)
    ]


def drawn_data(drawn: list[Path]) -> list:
    """The plotted data of the figures a block drew."""
    return [
        json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
        for source in drawn
    ]


def shown_data(page: Page, block: Block) -> list:
    """The data of the figures a block shows (None where it is missing)."""
    docs = page.project.docs
    found = []
    for figure in block.figures:
        data = (docs / figure.path).with_suffix(".json")
        found.append(
            json.loads(data.read_text(encoding="utf-8"))
            if data.exists()
            else None
        )
    return found


def check_figures(
    page: Page,
    block: Block,
    drawn: list[Path],
    before: int,
    recorded: list | None = None,
    note: str = "",
) -> Mismatch | None:
    """The figures a block drew are shown under it, with alt text, and plot
    the data saved beside the page's images, or (``recorded``) the data this
    machine drew before, when it is not the page's machine.
    """
    docs = page.project.docs
    wanted = wanted_figures(page, before, len(drawn))
    shown = [figure.path for figure in block.figures]
    if shown != wanted:
        lines = (
            "\n".join(f"![what the figure shows]({path})" for path in wanted)
            or "(none)"
        )
        return Mismatch(
            "failed",
            f"the block draws {len(drawn)} figure(s) and the page shows "
            f"{shown} under it; it should show, right under the block (and "
            f"its output), after make update-outputs:\n{lines}",
        )
    # this machine's plotted data, where it is not the page's machine
    own = recorded if recorded and len(recorded) == len(drawn) else None
    for n, (figure, fresh) in enumerate(
        zip(block.figures, drawn_data(drawn), strict=True)
    ):
        if not figure.alt or figure.alt == PLACEHOLDER_ALT:
            return Mismatch(
                "failed",
                f"{figure.path} needs alt text that says what the figure shows",
            )
        data = (docs / figure.path).with_suffix(".json")
        if not data.exists() or not (docs / figure.path).exists():
            return Mismatch(
                "failed",
                f"{figure.path} or its data is missing: run make "
                "update-outputs",
            )
        committed = json.loads(data.read_text(encoding="utf-8"))
        if not same_plot(committed, fresh) and not (
            own is not None and same_plot(own[n], fresh)
        ):
            return Mismatch(
                "different",
                "the figure the code draws no longer matches "
                f"{figure.path} (plotted data differs by more than "
                f"{FIGURE_RTOL:g} relative){note}: run make update-outputs "
                "and review it",
            )
    return None


def save_figures(
    page: Page, block: Block, drawn: list[Path], before: int
) -> Mismatch | None:
    """``--update-outputs``: save the drawn figures (SVG and data) as the page's
    images; ask for the image lines when the page lacks them.
    """
    docs = page.project.docs
    wanted = wanted_figures(page, before, len(drawn))
    for source, target in zip(drawn, wanted, strict=True):
        (docs / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, docs / target)
        shutil.copyfile(
            source.with_suffix(".json"), (docs / target).with_suffix(".json")
        )
    if [figure.path for figure in block.figures] != wanted:
        missing = "\n".join(f"![{PLACEHOLDER_ALT}]({path})" for path in wanted)
        return Mismatch(
            "failed",
            f"put these lines under the block (and its output):\n{missing}",
        )
    return None
