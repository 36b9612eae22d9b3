"""The page rules: what a page may do, as checks that name the page and line.

- A skip says why (``reason=...``), and the page says it too; ``xfail`` and
  ``importorskip`` are refused (a block that shows an error catches it and
  prints it); a ``skipif`` condition is evaluated as pytest evaluates it.
- A Python block cannot be skipped or marked: it is part of the page's
  program, which a reader pastes whole.
- A block's language is one the tests run (``python``, ``bash``/``sh``,
  ``javascript``/``js``) or one that is only shown (``DISPLAY``); anything
  else (```` ```py ````, ``python3``, ``pycon``) would be skipped silently.
- Nothing pytest-codeblocks passes over silently: ``~~~`` fences, ``cont``.
- A page with code has a Setup line, which is not skipped.

``pages.load_page`` applies them; nothing here imports pytest.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import platform
import sys

# What a block may be written in that the tests do not run: it is only shown.
DISPLAY = {
    "",
    "text",
    "console",
    "json",
    "yaml",
    "toml",
    "ini",
    "markdown",
    "md",
    "html",
    "css",
    "diff",
    "csv",
    "output",
    # code for other runtimes that a page shows beside a citation (not run here)
    "c++",
    "cpp",
    "java",
    "kotlin",
    "swift",
}
_RUN = {"python", "bash", "sh", "javascript", "js"}
# what a skipif condition may use, as in pytest's own evaluation
_CONDITION_NAMES = {"os": os, "sys": sys, "platform": platform}


class PageError(Exception):
    """A page or block that cannot be collected as the page is written."""


@dataclasses.dataclass(frozen=True)
class Mark:
    """A ``<!--pytest.mark.NAME(...)-->`` comment, read without pytest."""

    name: str
    text: str
    args: tuple = ()
    kwargs: dict = dataclasses.field(default_factory=dict)


def _mark(text: str, where: str) -> Mark:
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError:
        raise PageError(f"{where}: {text} is not a pytest mark") from None
    call = tree if isinstance(tree, ast.Call) else None
    target = call.func if call else tree
    if not (
        isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Attribute)
        and target.value.attr == "mark"
        and isinstance(target.value.value, ast.Name)
        and target.value.value.id == "pytest"
    ):
        raise PageError(f"{where}: {text} is not a pytest mark")
    args, kwargs = [], {}
    for node in call.args if call else []:
        args.append(_value(node, text, where))
    for keyword in call.keywords if call else []:
        kwargs[keyword.arg] = _value(keyword.value, text, where)
    return Mark(target.attr, text, tuple(args), kwargs)


def _value(node: ast.expr, text: str, where: str):
    """A mark's argument: a literal, or a condition evaluated here."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    source = ast.unparse(node)
    try:
        return eval(source, dict(_CONDITION_NAMES))  # as pytest does
    except Exception as error:  # noqa: BLE001 (any error in the page's mark)
        raise PageError(f"{where}: {text}: {source} fails: {error!r}") from None


def _condition(value, text: str, where: str) -> bool:
    """A skipif condition: a string is evaluated, as pytest does."""
    if isinstance(value, str):
        try:
            value = eval(value, dict(_CONDITION_NAMES))  # as pytest does
        except Exception as error:  # noqa: BLE001 (any error in the page's mark)
            raise PageError(
                f"{where}: {text}: the condition {value!r} fails: {error!r}"
            ) from None
    return bool(value)


def parse_marks(
    marks: list[str], importorskip: str | None, where: str
) -> tuple[list[Mark], str | None]:
    """A block's marks, and the reason it is skipped (None: it runs).

    ``where`` names the page and the line of the block's fence.
    """
    if importorskip:
        raise PageError(
            f"{where}: importorskip skips without a reason; use "
            "pytest.mark.skip(reason=...)"
        )
    found, reason = [], None
    for text in marks:
        at = where
        mark = _mark(text, at)
        if mark.name == "xfail":
            raise PageError(
                f"{at}: a block that shows an error must catch it and print "
                "it, not xfail"
            )
        if mark.name in {"skip", "skipif"}:
            why = str(mark.kwargs.get("reason", "")).strip()
            if not why:
                raise PageError(
                    f"{at}: {text} needs reason='...' (and the page should "
                    "say it too)"
                )
            if mark.name == "skip" or any(
                _condition(c, text, at) for c in mark.args
            ):
                reason = reason or why
        found.append(mark)
    return found, reason


def check_unread(rel: str, unread: list[tuple[int, str]]) -> None:
    """Fail on what pytest-codeblocks would pass over without a word."""
    for line, what in unread:
        if what == "~~~":
            raise PageError(
                f"{rel}, line {line}: a ~~~ fence is shown on the site but "
                "not read by the tests; write it with backticks"
            )
        raise PageError(
            f"{rel}, line {line}: <!--pytest-codeblocks:cont--> joins two "
            "blocks into one; a page's Python blocks are one program already, "
            "so leave it out"
        )


def check_blocks(page) -> None:
    """The rules on a page's blocks as a whole (``page``: a ``pages.Page``;
    not imported, the model imports this module).
    """
    for block in page.blocks:
        where = f"{page.rel}, line {block.line}"
        if block.language not in _RUN | DISPLAY:
            raise PageError(
                f"{where}: the tests do not run {block.language!r} blocks "
                "and would skip it silently; write python (or bash, sh, "
                "javascript) to run it, or text to only show it"
            )
        if block.language == "python" and block.marks:
            raise PageError(
                f"{where}: a Python block is part of the page's program, "
                "which a reader pastes whole; it cannot be skipped or marked. "
                "Make it run, or show it as a file to save with the title "
                '"Separate script: NAME.py"'
            )
    runs = [
        b
        for b in page.runnable
        if b.kind in {"program", "shell", "javascript"}
        and b.skip_reason is None
    ]
    setup = page.setup
    if runs and setup is None:
        raise PageError(
            f"{page.rel}: the page has code but no Setup line; a reader needs "
            "one to run it: a bash block with python -m pip install "
            '"tfguide==X.Y.*" (and its extras)'
        )
    if setup is not None and setup.skip_reason is not None:
        raise PageError(
            f"{page.rel}, line {setup.line}: the Setup line cannot be skipped"
        )
