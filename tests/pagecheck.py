"""Run every code block of every page in ``docs/`` as the reader sees it.

A pytest plugin (enabled in ``pyproject.toml``). For each Markdown page it

1. expands the ``--8<-- "snippets/..."`` includes with pymdownx.snippets itself, configured
   from ``mkdocs.yml``, remembering where every expanded line came from;
2. hands the expanded Markdown to pytest-codeblocks' own extractor, so the block syntax
   (``<!--pytest-codeblocks:expected-output-->``, ``<!--pytest.mark.skip(reason=...)-->``)
   is pytest-codeblocks';
3. runs the page's Python blocks top to bottom as one program in a fresh interpreter (as if
   every block carried ``cont``), in a temporary folder, and gives each block its own test
   that compares what the block printed with the output the page shows.

Shell blocks (``bash``/``sh``) and JavaScript blocks (``javascript``/``js``, in Node) run one
by one, in page order, in the same folder, after the page's Python program has run (so they
can use the files it wrote, but not the other way round). Their environment has
``TFGUIDE_ROOT`` set to the repository's folder, so that they can name files of the
repository (such as ``$TFGUIDE_ROOT/.venv-tfjs/bin/...``). A failure names the page,
the line of the block and, for included code, the snippet file and its line. With
``--update-outputs`` the pages' expected outputs are rewritten from the run instead.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import json
import os
import re
import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import markdown
import pytest
from mkdocs.utils.yaml import yaml_load
from pytest_codeblocks import CodeBlock, extract_from_buffer
from run_page import BLOCK_END

# The repository being tested; pytest_configure points these at pytest's rootdir.
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DRIVER = Path(__file__).with_name("run_page.py")
PYTHON = {"python"}
SHELL = {"bash", "sh"}
JAVASCRIPT = {"javascript", "js"}
PAGE_TIMEOUT_S = 900
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"
OUTPUT_FENCE = '```text title="Output"'  # how --update-outputs opens a new output block


class PageError(Exception):
    """A page or block that cannot be collected or did not behave as the page says."""


def rel(path: Path | str) -> str:
    """``path`` relative to the repository root, for messages."""
    path = Path(path)
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# --------------------------------------------------------------------------- expansion
@dataclasses.dataclass(frozen=True)
class Origin:
    """Where one line of the expanded page came from."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{rel(self.path)}, line {self.line}"


@cache
def snippet_preprocessor(root: Path):
    """The pymdownx.snippets preprocessor, configured exactly as ``root/mkdocs.yml`` does."""
    with open(root / "mkdocs.yml", encoding="utf-8") as handle:
        config = yaml_load(handle)
    options = None
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            options = dict(entry["pymdownx.snippets"] or {})
    if options is None:
        raise PageError("mkdocs.yml does not enable pymdownx.snippets")
    bases = options.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases
    options["base_path"] = [str(root / base) for base in bases]
    options["auto_append"] = []  # appended files hold no code; keep line counts exact
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": options},
    )
    return md.preprocessors["snippet"]


@dataclasses.dataclass
class ExpandedPage:
    path: Path
    text: str
    origins: list[Origin]  # origins[i] is where expanded line i + 1 came from
    snippets: set[Path]


def expand(page: Path) -> ExpandedPage:
    """Expand a page's snippet includes, keeping the origin of every line."""
    pre = snippet_preprocessor(ROOT)
    out: list[str] = []
    origins: list[Origin] = []
    used: set[Path] = set()
    for number, line in enumerate(page.read_text(encoding="utf-8").split("\n"), 1):
        match = pre.RE_ALL_SNIPPETS.match(line)
        if not match:
            out.append(line)
            origins.append(Origin(page, number))
            continue
        if not match.group("inline_marker"):
            raise PageError(
                f"{rel(page)}, line {number}: write includes in the one-line form "
                '--8<-- "snippets/<chapter>/<file>.py" so that the tests can trace '
                "every line back to its file"
            )
        read: list[str] = []
        read_lines = pre.read_lines

        def recording_read(path: str, _read=read_lines) -> list[str]:
            read.append(path)
            return _read(path)

        pre.read_lines = recording_read
        try:
            expanded = pre.run([line])
        except Exception as error:  # SnippetMissingError and friends
            raise PageError(f"{rel(page)}, line {number}: {error}") from error
        finally:
            del pre.read_lines
        if not read:  # an escaped or commented-out include stays a page line
            out.extend(expanded)
            origins.extend(Origin(page, number) for _ in expanded)
            continue
        if len(read) > 1:
            raise PageError(
                f"{rel(page)}, line {number}: {rel(read[0])} includes other files; "
                "snippets must be plain scripts without includes of their own"
            )
        snippet = Path(read[0]).resolve()
        used.add(snippet)
        source = read_lines(read[0])
        cursor = 0
        for text in expanded:  # the included lines are the file's, in order, some left out
            while cursor < len(source) and source[cursor].strip() != text.strip():
                cursor += 1
            if cursor == len(source):
                raise PageError(f"{rel(page)}, line {number}: cannot trace {text!r} to {rel(snippet)}")
            out.append(text)
            origins.append(Origin(snippet, cursor + 1))
            cursor += 1
    return ExpandedPage(page, "\n".join(out), origins, used)


def language(block: CodeBlock) -> str:
    """The block's language: the first word after the backticks (titles etc. follow it)."""
    return (block.syntax or "").split(" ", 1)[0].strip("{}.")


def block_origins(page: ExpandedPage, block: CodeBlock) -> list[Origin]:
    """The origin of each line of ``block.code`` (the fence sits at ``block.lineno``)."""
    count = len(block.code.splitlines())
    return page.origins[block.lineno : block.lineno + count]


def segments(page: ExpandedPage, block: CodeBlock) -> list[dict]:
    """Split a block into runs of lines from one file, each with its real line numbers."""
    result: list[dict] = []
    for text, origin in zip(block.code.splitlines(), block_origins(page, block), strict=True):
        # Absolute names, so that coverage counts the lines of snippets/ that the page ran.
        if not result or result[-1]["filename"] != str(origin.path):
            result.append({"filename": str(origin.path), "lines": [], "linemap": []})
        result[-1]["lines"].append(text)
        result[-1]["linemap"].append(origin.line)
    for segment in result:
        segment["source"] = "\n".join(segment.pop("lines")) + "\n"
    return result


def included_snippets() -> set[Path]:
    """Every file that some page in ``docs/`` includes."""
    used: set[Path] = set()
    for page in sorted(DOCS.rglob("*.md")):
        used |= expand(page).snippets
    return used


# --------------------------------------------------------------------------- running
def check_marks(page: ExpandedPage, block: CodeBlock) -> list[pytest.MarkDecorator]:
    """Evaluate a block's marks; a skip must say why, and nothing may be skipped silently."""
    where = f"{rel(page.path)}, line {page.origins[block.lineno - 1].line}"
    if block.importorskip:
        raise PageError(f"{where}: importorskip skips without a reason; use pytest.mark.skip(reason=...)")
    marks = []
    for text in block.marks:
        decorator = eval(text, {"pytest": pytest, "sys": sys, "os": os})  # noqa: S307 (page-authored)
        mark = decorator.mark
        if mark.name in {"skip", "skipif"} and not str(mark.kwargs.get("reason", "")).strip():
            raise PageError(f"{where}: {text} needs reason='...' (and the page should say it too)")
        if mark.name == "xfail":
            raise PageError(f"{where}: a block that shows an error must catch it and print it, not xfail")
        marks.append(decorator)
    return marks


def is_skipped(marks: list[pytest.MarkDecorator]) -> bool:
    for mark in (decorator.mark for decorator in marks):
        if mark.name == "skip":
            return True
        if mark.name == "skipif" and any(bool(c) for c in mark.args):
            return True
    return False


TIMINGS: dict[str, tuple[float, int]] = {}  # page -> (seconds, Python blocks), for the report


@dataclasses.dataclass
class PageRun:
    outputs: list[str]
    errors: list[str | None]
    stderr: str


def run_python(page: ExpandedPage, blocks: list[CodeBlock], workdir: Path) -> PageRun:
    """Run the page's Python blocks as one program in a fresh interpreter."""
    spec = workdir / ".page.json"
    result = workdir / ".page-result.json"
    spec.write_text(
        json.dumps(
            {
                "root": str(ROOT),
                "argv0": rel(page.path),
                "blocks": [segments(page, block) for block in blocks],
            }
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, str(DRIVER), str(spec), str(result)],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=PAGE_TIMEOUT_S,
        check=False,
    )
    pieces = proc.stdout.split(BLOCK_END)
    if result.exists():
        errors = json.loads(result.read_text(encoding="utf-8"))
    else:
        errors = [f"the interpreter died (exit code {proc.returncode}) before the block finished"]
    return PageRun(outputs=pieces[: len(errors)], errors=errors, stderr=proc.stderr)


def run_alone(block: CodeBlock, workdir: Path) -> tuple[str, str | None]:
    """Run one shell or JavaScript block; return what it printed and an error, if any.

    Shell blocks run with the environment's ``bin`` first on ``PATH``; JavaScript blocks run
    in Node as ES modules, with the repository's ``node_modules`` linked into ``workdir``.
    Both see the repository's folder in ``TFGUIDE_ROOT``.
    """
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["TFGUIDE_ROOT"] = str(ROOT)
    if language(block) in JAVASCRIPT:
        modules = workdir / "node_modules"
        if (ROOT / "node_modules").is_dir() and not modules.exists():
            modules.symlink_to(ROOT / "node_modules", target_is_directory=True)
        command = ["node", "--input-type=module", "--eval", block.code]
    else:
        command = ["bash" if language(block) == "bash" else "sh", "-e", "-c", block.code]
    proc = subprocess.run(
        command,
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=PAGE_TIMEOUT_S,
        check=False,
    )
    if proc.returncode:
        return proc.stdout, f"exited with status {proc.returncode}\n{proc.stderr}"
    return proc.stdout, None


# --------------------------------------------------------------------------- pytest
def pytest_configure(config: pytest.Config) -> None:
    global ROOT, DOCS  # noqa: PLW0603 (one repository per pytest run)
    ROOT = Path(config.rootpath).resolve()
    DOCS = ROOT / "docs"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the expected-output blocks of the pages from what the code printed",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix == ".md" and file_path.is_relative_to(DOCS):
        return PageFile.from_parent(parent, path=file_path)
    return None


class PageFile(pytest.File):
    """One page: its runnable blocks, run once, checked one test per block."""

    def collect(self):
        self.page = expand(self.path)
        self.updates: dict[int, str] = {}
        self._run: PageRun | None = None
        self.workdir: Path | None = None
        items = []
        for block in extract_from_buffer(io.StringIO(self.page.text)):
            if language(block) not in PYTHON | SHELL | JAVASCRIPT:
                continue
            marks = check_marks(self.page, block)
            item = BlockItem.from_parent(
                self, name=f"line {self.page.origins[block.lineno - 1].line}", block=block
            )
            for mark in marks:
                item.add_marker(mark)
            item.skipped = is_skipped(marks)
            items.append(item)
        self.python_blocks = [
            i.block for i in items if language(i.block) in PYTHON and not i.skipped
        ]
        return items

    def folder(self) -> Path:
        if self.workdir is None:
            factory = self.config._tmp_path_factory  # type: ignore[attr-defined]
            self.workdir = factory.mktemp(self.path.stem)
        return self.workdir

    def python_run(self) -> PageRun:
        if self._run is None:
            start = time.perf_counter()
            self._run = run_python(self.page, self.python_blocks, self.folder())
            TIMINGS[rel(self.path)] = (time.perf_counter() - start, len(self.python_blocks))
        return self._run


class BlockFailure(Exception):
    pass


class BlockItem(pytest.Item):
    def __init__(self, *, block: CodeBlock, **kwargs):
        super().__init__(**kwargs)
        self.block = block
        self.skipped = False

    @property
    def where(self) -> str:
        page: ExpandedPage = self.parent.page
        files = sorted({rel(o.path) for o in block_origins(page, self.block)} - {rel(page.path)})
        origin = f" (code from {', '.join(files)})" if files else ""
        return f"{rel(page.path)}, block at line {page.origins[self.block.lineno - 1].line}{origin}"

    def runtest(self) -> None:
        parent: PageFile = self.parent
        if language(self.block) in SHELL | JAVASCRIPT:
            output, error = run_alone(self.block, parent.folder())
        else:
            run = parent.python_run()
            index = parent.python_blocks.index(self.block)
            if index >= len(run.errors):
                failed = parent.python_blocks[len(run.errors) - 1]
                line = parent.page.origins[failed.lineno - 1].line
                raise BlockFailure(f"{self.where}: not run, because the block at line {line} failed")
            output, error = run.outputs[index], run.errors[index]
            if error and not error.startswith("Traceback"):
                error += "\n" + run.stderr[-3000:]
        if error:
            raise BlockFailure(f"{self.where}: the code failed\n\n{error}")
        self.compare(output)

    def compare(self, output: str) -> None:
        expected = self.block.expected_output
        if self.config.getoption("--update-outputs"):
            if output != (expected or "") and (expected is not None or output):
                self.parent.updates[self.block.lineno] = output
            return
        if expected is None:
            if output:
                raise BlockFailure(
                    f"{self.where}: the block printed output that the page does not show; "
                    f"add an expected-output block (make update-outputs)\n\n{output}"
                )
            return
        same = (
            re.sub(r"\s+", "", expected) == re.sub(r"\s+", "", output)
            if self.block.expected_output_ignore_whitespace
            else expected == output
        )
        if not same:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    output.splitlines(keepends=True),
                    "shown on the page",
                    "printed by the code",
                )
            )
            raise BlockFailure(f"{self.where}: the output differs from the page\n\n{diff}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (BlockFailure, PageError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, self.parent.page.origins[self.block.lineno - 1].line - 1, self.where


# --------------------------------------------------------------------------- updating pages
def rewrite_outputs(page: ExpandedPage, updates: dict[int, str]) -> None:
    """Write ``updates`` (expanded fence line -> output) into the page's expected-output blocks."""
    lines = page.path.read_text(encoding="utf-8").split("\n")
    by_page_line = {page.origins[n - 1].line: output for n, output in updates.items()}
    for fence_line, output in sorted(by_page_line.items(), reverse=True):  # bottom up
        start = fence_line - 1
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
        ticks = re.match(r"`+", lines[start].lstrip()).group(0)
        end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith(ticks))
        body = output.removesuffix("\n").split("\n") if output else []
        shown = [indent + text if text else "" for text in body]
        following = next((i for i in range(end + 1, len(lines)) if lines[i].strip()), None)
        if following is not None and lines[following].strip() == OUTPUT_MARKER:
            open_ = next(i for i in range(following + 1, len(lines)) if lines[i].strip())
            close = next(i for i in range(open_ + 1, len(lines)) if lines[i].strip().startswith("```"))
            lines[open_ + 1 : close] = shown
        else:
            lines[end + 1 : end + 1] = ["", indent + OUTPUT_MARKER, "", indent + OUTPUT_FENCE, *shown, indent + "```"]
    page.path.write_text("\n".join(lines), encoding="utf-8")


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not session.config.getoption("--update-outputs"):
        return
    for item in session.items:
        parent = item.parent
        if isinstance(parent, PageFile) and parent.updates:
            rewrite_outputs(parent.page, parent.updates)
            print(f"\nupdated {len(parent.updates)} output(s) in {rel(parent.path)}")
            parent.updates = {}


def pytest_terminal_summary(terminalreporter) -> None:
    """Report how long each page's program ran: the run time a chapter header may quote."""
    if not TIMINGS:
        return
    terminalreporter.section("page run times (one fresh interpreter per page)")
    for page, (seconds, blocks) in sorted(TIMINGS.items()):
        terminalreporter.write_line(f"{page:40} {blocks:3d} Python blocks {seconds:7.1f} s")
