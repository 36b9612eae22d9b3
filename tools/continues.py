"""Which names a snippet takes from the blocks before it, and the header that
says so.

A snippet runs alone (``python snippets/<chapter>/<file>.py``) after its page's
Setup line, unless it uses names that an earlier block of the page defined. Such
a snippet says so in its first lines::

    # Continues snippets/eager/variables.py: uses v.

``python tools/continues.py`` writes or updates those headers from the pages
(the block that last defined each name before the snippet's place on its page),
leaving alone a header that already names everything (it may also say which
files the snippet reads); ``tests/test_snippets.py`` fails when a snippet needs
a name that its header does not name.
"""

from __future__ import annotations

import ast
import builtins
import io
import re
import textwrap
from pathlib import Path

from pagecheck import (
    ROOT,
    block_origins,
    chapter_pages,
    expand,
    language,
    separate_script,
)
from pytest_codeblocks import extract_from_buffer

HEADER = re.compile(
    r"^# Continues (?P<rest>.*?)(?=^[^#]|\Z)", re.MULTILINE | re.DOTALL
)
_BUILTINS = set(dir(builtins)) | {"__file__", "__name__", "__doc__"}


def bound_names(tree: ast.AST) -> set[str]:
    """Every name the code binds anywhere (assignments, imports, defs, loop
    targets, ...).
    """
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(
            node.ctx, (ast.Store, ast.Del)
        ):
            names.add(node.id)
        elif isinstance(
            node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        ):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(
                (alias.asname or alias.name).split(".")[0]
                for alias in node.names
            )
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif (
            isinstance(node, ast.ExceptHandler)
            and node.name
            or isinstance(node, (ast.MatchAs, ast.MatchStar))
            and node.name
        ):
            names.add(node.name)
    return names


def needed_names(source: str) -> list[str]:
    """Names the code reads but never binds, and that are not builtins, in order of
    use.
    """
    tree = ast.parse(source)
    bound = bound_names(tree)
    used = [
        n.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    ]
    return list(
        dict.fromkeys(
            name for name in used if name not in bound and name not in _BUILTINS
        )
    )


def header_names(source: str) -> set[str]:
    """The names a snippet's ``# Continues ...`` header mentions."""
    match = HEADER.match(source)
    if not match:
        return set()
    return set(re.findall(r"[A-Za-z_]\w*", match["rest"].replace("#", " ")))


def sources() -> dict[Path, dict[str, str]]:
    """For each snippet shown on a page: each needed name and the file that defined
    it last.
    """
    found: dict[Path, dict[str, str]] = {}
    for page_path in chapter_pages():
        page = expand(page_path)
        defined: dict[str, str] = {}
        for block in extract_from_buffer(io.StringIO(page.text)):
            if language(block) != "python" or separate_script(block):
                continue
            files = {o.path for o in block_origins(page, block)}
            snippet = next((f for f in files if f.suffix == ".py"), None)
            if snippet is not None:
                needs = needed_names(snippet.read_text(encoding="utf-8"))
                found[snippet] = {
                    name: defined.get(name, "?") for name in needs
                }
            origin = str((snippet or page_path).relative_to(ROOT))
            for name in bound_names(ast.parse(block.code)):
                defined[name] = origin
    return found


def header(needs: dict[str, str]) -> str:
    by_file: dict[str, list[str]] = {}
    for name, origin in needs.items():
        by_file.setdefault(origin, []).append(name)
    parts = [
        f"{origin} ({', '.join(names)})" for origin, names in by_file.items()
    ]
    text = f"Continues {', '.join(parts)}."
    return "".join(f"# {line}\n" for line in textwrap.wrap(text, 92))


def main() -> None:
    for snippet, needs in sources().items():
        text = snippet.read_text(encoding="utf-8")
        if set(needs) <= header_names(text):
            # nothing needed, or a header (perhaps written by hand) names it all
            continue
        stripped = HEADER.sub("", text, count=1) if HEADER.match(text) else text
        snippet.write_text(header(needs) + stripped, encoding="utf-8")
        print(f"{snippet.relative_to(ROOT)}: {', '.join(needs)}")


if __name__ == "__main__":
    main()
