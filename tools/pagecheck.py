"""Run every code block of every page in ``docs/`` as the reader sees it.

A pytest plugin (enabled in ``pyproject.toml``). For each Markdown page it

1. expands the ``--8<-- "snippets/..."`` includes with pymdownx.snippets itself,
   configured from ``mkdocs.yml``, remembering where every expanded line came
   from;
2. hands the expanded Markdown to pytest-codeblocks' own extractor, so the block
   syntax (``<!--pytest-codeblocks:expected-output-->``,
   ``<!--pytest.mark.skip(reason=...)-->``) is pytest-codeblocks';
3. executes the page's Setup line (its first ``python -m pip install ...`` bash
   block) as shown, in a clean virtual environment whose pip reads only a local
   wheelhouse (``tools/readerenv.py``), so that the page runs where a reader's
   would: nothing of the repository is importable there, ``tfguide`` comes from
   its wheel;
4. runs the page's Python blocks top to bottom as one program in that
   environment's interpreter (as if every block carried ``cont``: what a reader
   gets by pasting the blocks into one file), in a temporary folder, and gives
   each block its own test that compares what the block printed with the output
   the page shows. A block whose title is ``Separate script: NAME.py`` is not
   part of that program: it is saved as ``NAME.py`` in the folder first, for the
   blocks that run it.

Python blocks cannot be skipped: a reader pasting the page runs them all. Shell
blocks (``bash``/``sh``) and JavaScript blocks (``javascript``/``js``, in Node)
run one by one, in page order, in the same folder and environment, after the
page's Python program has run (so they can use the files it wrote, but not the
other way round). Their environment has ``TFGUIDE_ROOT`` set to the repository's
folder, so that they can name files of the repository (such as
``$TFGUIDE_ROOT/.venv-tfjs/bin/...``). A failure names the page, the line of the
block and, for included code, the snippet file and its line. A Python warning
that reaches the reader's screen fails the block that caused it: a page shows
and explains its warnings (by catching and printing them). With
``--update-outputs`` the pages' expected outputs are rewritten from the run
instead.
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
import tomllib
from functools import cache
from pathlib import Path

import markdown
import pytest
import readerenv
from mkdocs.utils.yaml import yaml_load
from pytest_codeblocks import CodeBlock, extract_from_buffer
from run_page import BLOCK_END

# The repository being tested; pytest_configure points these at pytest's
# rootdir.
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DRIVER = Path(__file__).with_name("run_page.py")
PYTHON = {"python"}
SHELL = {"bash", "sh"}
JAVASCRIPT = {"javascript", "js"}
PAGE_TIMEOUT_S = 900
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"
# how --update-outputs opens a new output block
OUTPUT_FENCE = '```text title="Output"'
SEPARATE_SCRIPT = re.compile(
    r'\btitle="Separate script: (?P<name>[\w.-]+\.py)"'
)
SETUP_START = "python -m pip install"


class PageError(Exception):
    """A page or block that cannot be collected or did not behave as the page says."""


def rel(path: Path | str) -> str:
    """``path`` relative to the repository root, for messages."""
    path = Path(path)
    return (
        str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    )


# ---------------------------------------------------------------------------
# expansion
@dataclasses.dataclass(frozen=True)
class Origin:
    """Where one line of the expanded page came from."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{rel(self.path)}, line {self.line}"


@cache
def snippet_preprocessor(root: Path):
    """The pymdownx.snippets preprocessor, configured exactly as
    ``root/mkdocs.yml`` does.
    """
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
    # appended files hold no code; keep line counts exact
    options["auto_append"] = []
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
    for number, line in enumerate(
        page.read_text(encoding="utf-8").split("\n"), 1
    ):
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
        # the included lines are the file's, in order, some left out
        for text in expanded:
            while (
                cursor < len(source) and source[cursor].strip() != text.strip()
            ):
                cursor += 1
            if cursor == len(source):
                raise PageError(
                    f"{rel(page)}, line {number}: cannot trace {text!r} to {rel(snippet)}"
                )
            out.append(text)
            origins.append(Origin(snippet, cursor + 1))
            cursor += 1
    return ExpandedPage(page, "\n".join(out), origins, used)


def language(block: CodeBlock) -> str:
    """The block's language: the first word after the backticks (titles etc. follow
    it).
    """
    return (block.syntax or "").split(" ", 1)[0].strip("{}.")


def block_origins(page: ExpandedPage, block: CodeBlock) -> list[Origin]:
    """The origin of each line of ``block.code`` (the fence sits at
    ``block.lineno``).
    """
    count = len(block.code.splitlines())
    return page.origins[block.lineno : block.lineno + count]


def segments(page: ExpandedPage, block: CodeBlock) -> list[dict]:
    """Split a block into runs of lines from one file, each with its real line
    numbers.
    """
    result: list[dict] = []
    for text, origin in zip(
        block.code.splitlines(), block_origins(page, block), strict=True
    ):
        # Absolute names, so that coverage counts the lines of snippets/ that
        # the page ran.
        if not result or result[-1]["filename"] != str(origin.path):
            result.append(
                {"filename": str(origin.path), "lines": [], "linemap": []}
            )
        result[-1]["lines"].append(text)
        result[-1]["linemap"].append(origin.line)
    for segment in result:
        segment["source"] = "\n".join(segment.pop("lines")) + "\n"
    return result


def setup_code(page: Path) -> str | None:
    """The code of a page's Setup line (its first install block), or None."""
    blocks = extract_from_buffer(io.StringIO(expand(page).text))
    return next((block.code for block in blocks if is_setup(block)), None)


def chapter_pages() -> list[Path]:
    """The pages with a Setup line (written in the page itself): the ones a reader
    runs.
    """
    setup = re.compile(r"^```bash\n" + re.escape(SETUP_START), re.MULTILINE)
    return [
        page
        for page in sorted(DOCS.glob("*.md"))
        if setup.search(page.read_text(encoding="utf-8"))
    ]


FIGURE_LINE = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<path>figures/[\w.-]+\.svg)\)\s*$"
)
# plotted values may differ in the last digits between CPUs, like outputs
FIGURE_RTOL = 1e-3
PLACEHOLDER_ALT = "DESCRIBE WHAT THE FIGURE SHOWS"


def figures_after(
    page: ExpandedPage, block: CodeBlock
) -> list[tuple[str, str]]:
    """The figures a page shows right under a block (and its output): (alt text,
    path).
    """
    lines = page.text.split("\n")
    # the line after the closing fence
    cursor = block.lineno + len(block.code.splitlines()) + 1

    def skip_blank(at: int) -> int:
        while at < len(lines) and not lines[at].strip():
            at += 1
        return at

    cursor = skip_blank(cursor)
    if cursor < len(lines) and lines[cursor].strip().startswith(
        OUTPUT_MARKER.removesuffix("-->")
    ):
        fence = skip_blank(cursor + 1)
        ticks = re.match(r"`+", lines[fence].strip()).group(0)
        cursor = (
            next(
                i
                for i in range(fence + 1, len(lines))
                if lines[i].strip().startswith(ticks)
            )
            + 1
        )
    found = []
    cursor = skip_blank(cursor)
    while cursor < len(lines) and (
        match := FIGURE_LINE.match(lines[cursor].strip())
    ):
        found.append((match["alt"].strip(), match["path"]))
        cursor = skip_blank(cursor + 1)
    return found


def same_plot(shown: list, drawn: list) -> bool:
    """Whether two figures' plotted data agree: labels exactly, values within
    FIGURE_RTOL.
    """
    if isinstance(shown, dict) and isinstance(drawn, dict):
        return shown.keys() == drawn.keys() and all(
            same_plot(shown[k], drawn[k]) for k in shown
        )
    if isinstance(shown, list) and isinstance(drawn, list):
        return len(shown) == len(drawn) and all(
            same_plot(a, b) for a, b in zip(shown, drawn)
        )
    if isinstance(shown, float) and isinstance(drawn, float):
        return abs(shown - drawn) <= FIGURE_RTOL * max(
            abs(shown), abs(drawn), 1e-12
        )
    return shown == drawn


def included_snippets() -> set[Path]:
    """Every file that some page in ``docs/`` includes."""
    used: set[Path] = set()
    for page in sorted(DOCS.rglob("*.md")):
        used |= expand(page).snippets
    return used


# ---------------------------------------------------------------------------
# running
def check_marks(
    page: ExpandedPage, block: CodeBlock
) -> list[pytest.MarkDecorator]:
    """Evaluate a block's marks; a skip must say why, and nothing may be skipped
    silently.
    """
    where = f"{rel(page.path)}, line {page.origins[block.lineno - 1].line}"
    if block.importorskip:
        raise PageError(
            f"{where}: importorskip skips without a reason; use pytest.mark.skip(reason=...)"
        )
    marks = []
    for text in block.marks:
        decorator = eval(text, {"pytest": pytest, "sys": sys, "os": os})
        mark = decorator.mark
        if (
            mark.name in {"skip", "skipif"}
            and not str(mark.kwargs.get("reason", "")).strip()
        ):
            raise PageError(
                f"{where}: {text} needs reason='...' (and the page should say it too)"
            )
        if mark.name == "xfail":
            raise PageError(
                f"{where}: a block that shows an error must catch it and print it, not xfail"
            )
        marks.append(decorator)
    if language(block) in PYTHON and marks:
        raise PageError(
            f"{where}: a Python block is part of the page's program, which a reader pastes "
            "whole; it cannot be skipped or marked. Make it run, or show it as a file to save "
            'with the title "Separate script: NAME.py"'
        )
    return marks


def folder_links() -> dict[str, str]:
    """What every page's working folder links to in the repository
    (pyproject.toml).

    A page tells the reader to create these (an npm install, a second virtual
    environment) in a block skipped with its reason; the tests link the
    repository's copy, made from a lock file by ``make test``, under the same
    name.
    """
    with open(ROOT / "pyproject.toml", "rb") as handle:
        config = tomllib.load(handle)
    return (
        config.get("tool", {})
        .get("tfguide", {})
        .get("pagecheck", {})
        .get("links", {})
    )


def separate_script(block: CodeBlock) -> str | None:
    """The file name of a block titled ``Separate script: NAME.py``, else None."""
    match = SEPARATE_SCRIPT.search(block.syntax or "")
    return match["name"] if match and language(block) in PYTHON else None


def is_setup(block: CodeBlock) -> bool:
    """Whether a block is an install line (the first one on a page is its Setup
    line).
    """
    return language(block) in SHELL and block.code.lstrip().startswith(
        SETUP_START
    )


def is_skipped(marks: list[pytest.MarkDecorator]) -> bool:
    for mark in (decorator.mark for decorator in marks):
        if mark.name == "skip":
            return True
        if mark.name == "skipif" and any(bool(c) for c in mark.args):
            return True
    return False


# page -> (seconds, Python blocks), for the report
TIMINGS: dict[str, tuple[float, int]] = {}


@dataclasses.dataclass
class PageRun:
    outputs: list[str]
    errors: list[str | None]
    # the warnings each block let through to standard error
    warnings: list[list[str]]
    stderr: str
    # each block's saved figures (.svg)
    figures: list[list[Path]] = dataclasses.field(default_factory=list)


def run_python(
    page: ExpandedPage, blocks: list[CodeBlock], workdir: Path, bin_dir: Path
) -> PageRun:
    """Run the page's Python blocks as one program with the reader environment's
    Python.

    The driver runs with ``-P`` (its own folder is not put on ``sys.path``); the
    program sees the working folder first on ``sys.path``, as a script saved
    there would.
    """
    spec = workdir.parent / f".{workdir.name}-page.json"
    result = workdir.parent / f".{workdir.name}-result.json"
    spec.write_text(
        json.dumps(
            {
                "root": str(ROOT),
                "argv0": f"{page.path.stem}.py",
                "blocks": [segments(page, block) for block in blocks],
            }
        ),
        encoding="utf-8",
    )
    env = environment(bin_dir)
    figures = workdir.parent / f".{workdir.name}-figures"
    figures.mkdir(exist_ok=True)
    env["TFGUIDE_FIGURES"] = str(figures)
    # measured: the driver imports coverage from here
    if "COVERAGE_PROCESS_CONFIG" in os.environ:
        env["TFGUIDE_COVERAGE_LIB"] = str(readerenv.coverage_library())
    try:
        proc = subprocess.run(
            [
                str(bin_dir / "python"),
                "-P",
                str(DRIVER),
                str(spec),
                str(result),
            ],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=PAGE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        stdout = (expired.stdout or b"").decode(errors="replace")
        done = stdout.count(BLOCK_END)
        error = f"the page ran longer than {PAGE_TIMEOUT_S} s and was stopped in this block"
        return PageRun(
            outputs=stdout.split(BLOCK_END)[: done + 1],
            errors=[None] * done + [error],
            warnings=[[]] * (done + 1),
            stderr=(expired.stderr or b"").decode(errors="replace"),
        )
    pieces = proc.stdout.split(BLOCK_END)
    if result.exists():
        report = json.loads(result.read_text(encoding="utf-8"))
        errors, warned = report["errors"], report["warnings"]
        drawn = [
            [figures / f"{name}.svg" for name in names]
            for names in report["figures"]
        ]
    else:
        errors = [
            f"the interpreter died (exit code {proc.returncode}) before the block finished"
        ]
        warned, drawn = [[]], []
    return PageRun(
        outputs=pieces[: len(errors)],
        errors=errors,
        warnings=warned,
        stderr=proc.stderr,
        figures=drawn,
    )


def environment(bin_dir: Path) -> dict[str, str]:
    """What page code runs with: the reader environment first on ``PATH``, no
    Python paths.
    """
    env = readerenv.pip_environment(bin_dir, RUNTIME)
    env["TFGUIDE_ROOT"] = str(ROOT)
    return env


def run_alone(
    block: CodeBlock, workdir: Path, bin_dir: Path
) -> tuple[str, str | None]:
    """Run one shell or JavaScript block; return what it printed and an error,
    if any.

    Shell blocks run with the reader environment's ``bin`` first on ``PATH``;
    JavaScript blocks run in Node as ES modules. Both see the repository's
    folder in ``TFGUIDE_ROOT``.
    """
    env = environment(bin_dir)
    if language(block) in JAVASCRIPT:
        command = ["node", "--input-type=module", "--eval", block.code]
    else:
        command = [
            "bash" if language(block) == "bash" else "sh",
            "-e",
            "-c",
            block.code,
        ]
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
        return (
            proc.stdout,
            f"exited with status {proc.returncode}\n{proc.stderr}",
        )
    return proc.stdout, None


# ---------------------------------------------------------------------------
# pytest
# where pages run; make compat chooses others (--runtime)
RUNTIME = readerenv.REFERENCE
# with --compat-json: page -> block line -> what happened
RESULTS: dict[str, dict] = {}


def pytest_configure(config: pytest.Config) -> None:
    global ROOT, DOCS, RUNTIME, PAGE_TIMEOUT_S
    ROOT = Path(config.rootpath).resolve()
    DOCS = ROOT / "docs"
    if name := config.getoption("--runtime"):
        import compat

        RUNTIME = compat.runtime(name)
    PAGE_TIMEOUT_S = config.getoption("--page-timeout") or PAGE_TIMEOUT_S


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the expected-output blocks of the pages from what the code printed",
    )
    parser.addoption(
        "--runtime",
        default="",
        help="run the pages in this runtime of make compat",
    )
    parser.addoption(
        "--page-timeout",
        type=int,
        default=0,
        help="seconds a page's program may run",
    )
    parser.addoption(
        "--compat-json",
        default="",
        help="write what each block did into this JSON file",
    )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Collect page run times; with --compat-json, record what each block did.

    With pytest-xdist this runs in the controller too, which sees every worker's
    reports.
    """
    for name, value in report.user_properties:
        if name == "page_timing":
            page, seconds, blocks = value
            TIMINGS[page] = (seconds, blocks)
    if report.when != "call" and not (
        report.when == "setup" and report.skipped
    ):
        return
    page, _, line = report.nodeid.partition("::")
    if not line.startswith("line "):
        return
    if report.skipped:
        outcome, detail = "skipped", ""
    elif report.passed:
        outcome, detail = "same", ""
    else:
        detail = str(report.longrepr)
        differs = (
            "the output differs from the page",
            "the figure the code draws no longer matches",
        )
        outcome = (
            "different" if any(text in detail for text in differs) else "failed"
        )
    RESULTS.setdefault(page, {})[line.removeprefix("line ")] = {
        "outcome": outcome,
        "detail": detail,
    }


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
        self.timing_reported = True
        self._bin: Path | BlockFailure | None = None
        self.workdir: Path | None = None
        items = []
        self.setup_block: CodeBlock | None = None
        self.scripts: dict[str, CodeBlock] = {}
        for block in extract_from_buffer(io.StringIO(self.page.text)):
            if language(block) not in PYTHON | SHELL | JAVASCRIPT:
                continue
            marks = check_marks(self.page, block)
            if self.setup_block is None and is_setup(block):
                self.setup_block = block
            if name := separate_script(block):
                self.scripts[name] = block
            item = BlockItem.from_parent(
                self, name=f"line {self.line(block)}", block=block
            )
            for mark in marks:
                item.add_marker(mark)
            item.skipped = is_skipped(marks)
            items.append(item)
        self.python_blocks = [
            i.block
            for i in items
            if language(i.block) in PYTHON and not separate_script(i.block)
        ]
        runs = self.python_blocks or [
            i for i in items if not i.skipped and not separate_script(i.block)
        ]
        if runs and self.setup_block is None:
            raise PageError(
                f"{rel(self.path)}: the page has code but no Setup line; a reader needs one "
                f'to run it: a bash block with {SETUP_START} "tfguide==X.Y.*" (and its extras)'
            )
        if self.setup_block is not None and self.setup_block in [
            i.block for i in items if i.skipped
        ]:
            raise PageError(
                f"{rel(self.path)}, line {self.line(self.setup_block)}: the Setup line cannot be skipped"
            )
        if notebook := self.notebook():
            items.append(
                NotebookItem.from_parent(
                    self, name=notebook.name, notebook=notebook
                )
            )
        return items

    def line(self, block: CodeBlock) -> int:
        """The page line of a block's opening fence."""
        return self.page.origins[block.lineno - 1].line

    def notebook(self) -> Path | None:
        """The notebook made from this page, if mkdocs.yml's nav lists one."""
        import notebooks

        return next(
            (
                nb
                for nb, page in notebooks.notebook_pages().items()
                if page == self.path
            ),
            None,
        )

    def folder(self) -> Path:
        """The page's working folder, with its separate scripts saved in it."""
        if self.workdir is None:
            factory = self.config._tmp_path_factory  # type: ignore[attr-defined]
            self.workdir = factory.mktemp(self.path.stem)
            for name, block in self.scripts.items():
                (self.workdir / name).write_text(block.code, encoding="utf-8")
            for name, target in folder_links().items():
                if (ROOT / target).exists():
                    (self.workdir / name).symlink_to(
                        ROOT / target, target_is_directory=True
                    )
        return self.workdir

    def bin_dir(self) -> Path:
        """The reader environment that the page's Setup line makes (made once, then
        reused).
        """
        if self._bin is None:
            where = f"{rel(self.path)}, Setup line at line {self.line(self.setup_block)}"
            try:
                self._bin = readerenv.environment(
                    self.setup_block.code, RUNTIME
                )
            except readerenv.SetupError as error:
                # fail every block, install once
                self._bin = BlockFailure(f"{where}: {error}")
        if isinstance(self._bin, BlockFailure):
            raise self._bin
        return self._bin

    def python_run(self) -> PageRun:
        if self._run is None:
            bin_dir = self.bin_dir()
            start = time.perf_counter()
            self._run = run_python(
                self.page, self.python_blocks, self.folder(), bin_dir
            )
            TIMINGS[rel(self.path)] = (
                time.perf_counter() - start,
                len(self.python_blocks),
            )
            self.timing_reported = False
        return self._run


class BlockFailure(Exception):
    pass


_MISSING_MODULE = re.compile(
    r"^ModuleNotFoundError: No module named '([\w.]+)'", re.MULTILINE
)


class BlockItem(pytest.Item):
    def __init__(self, *, block: CodeBlock, **kwargs):
        super().__init__(**kwargs)
        self.block = block
        self.skipped = False

    @property
    def where(self) -> str:
        page: ExpandedPage = self.parent.page
        files = sorted(
            {rel(o.path) for o in block_origins(page, self.block)}
            - {rel(page.path)}
        )
        origin = f" (code from {', '.join(files)})" if files else ""
        return f"{rel(page.path)}, block at line {self.parent.line(self.block)}{origin}"

    def runtest(self) -> None:
        parent: PageFile = self.parent
        if self.block is parent.setup_block:
            # executing the line is its test; pip's messages are not compared
            parent.bin_dir()
            return
        if name := separate_script(self.block):
            # saved as a file; its runs are other blocks
            compile(self.block.code, name, "exec")
            return
        if language(self.block) in SHELL | JAVASCRIPT:
            output, error = run_alone(
                self.block, parent.folder(), parent.bin_dir()
            )
        else:
            run = parent.python_run()
            # once per page, to the controller under xdist too
            if not parent.timing_reported:
                self.user_properties.append(
                    (
                        "page_timing",
                        (rel(parent.path), *TIMINGS[rel(parent.path)]),
                    )
                )
                parent.timing_reported = True
            index = parent.python_blocks.index(self.block)
            if index >= len(run.errors):
                failed = parent.python_blocks[len(run.errors) - 1]
                raise BlockFailure(
                    f"{self.where}: not run, because the block at line {parent.line(failed)} failed"
                )
            output, error = run.outputs[index], run.errors[index]
            if error and not error.startswith("Traceback"):
                error += "\n" + run.stderr[-3000:]
            if error and (missing := _MISSING_MODULE.search(error)):
                error += (
                    f"\nThe page's Setup line ({parent.setup_block.code.strip()}, line "
                    f"{parent.line(parent.setup_block)}) does not install the module {missing[1]!r}."
                )
            if not error and run.warnings[index]:
                raise BlockFailure(
                    f"{self.where}: the block raised a warning that the page does not show; "
                    "avoid it, or catch it and print it where the page explains it\n\n"
                    + "".join(run.warnings[index])
                )
        if error:
            raise BlockFailure(f"{self.where}: the code failed\n\n{error}")
        self.compare(output)
        if language(self.block) in PYTHON:
            self.check_figures(run, index)

    def check_figures(self, run: PageRun, index: int) -> None:
        """The figures the block drew are shown under it, with alt text, and
        plot the same data.

        The page shows ``docs/figures/<page>-<n>.svg`` (the n-th figure the page
        draws), saved with its plotted data (``.json``) by ``--update-outputs``;
        the data is compared.
        """
        parent: PageFile = self.parent
        drawn = run.figures[index] if index < len(run.figures) else []
        before = sum(len(names) for names in run.figures[:index])
        wanted = [
            f"figures/{parent.path.stem}-{before + n}.svg"
            for n in range(1, len(drawn) + 1)
        ]
        shown = figures_after(parent.page, self.block)
        if self.config.getoption("--update-outputs"):
            for source, target in zip(drawn, wanted, strict=True):
                (DOCS / target).parent.mkdir(parents=True, exist_ok=True)
                (DOCS / target).write_bytes(source.read_bytes())
                (DOCS / target).with_suffix(".json").write_bytes(
                    source.with_suffix(".json").read_bytes()
                )
            if [path for _, path in shown] != wanted:
                missing = "\n".join(
                    f"![{PLACEHOLDER_ALT}]({path})" for path in wanted
                )
                raise BlockFailure(
                    f"{self.where}: put these lines under the block (and its output):\n{missing}"
                )
            return
        if [path for _, path in shown] != wanted:
            lines = (
                "\n".join(
                    f"![what the figure shows]({path})" for path in wanted
                )
                or "(none)"
            )
            raise BlockFailure(
                f"{self.where}: the block draws {len(drawn)} figure(s) and the page shows "
                f"{[path for _, path in shown]} under it; it should show, right under the block "
                f"(and its output), after make update-outputs:\n{lines}"
            )
        for (alt, path), source in zip(shown, drawn, strict=True):
            if not alt or alt == PLACEHOLDER_ALT:
                raise BlockFailure(
                    f"{self.where}: {path} needs alt text that says what the figure shows"
                )
            data = (DOCS / path).with_suffix(".json")
            if not data.exists() or not (DOCS / path).exists():
                raise BlockFailure(
                    f"{self.where}: {path} or its data is missing: run make update-outputs"
                )
            committed = json.loads(data.read_text(encoding="utf-8"))
            fresh = json.loads(
                source.with_suffix(".json").read_text(encoding="utf-8")
            )
            if not same_plot(committed, fresh):
                raise BlockFailure(
                    f"{self.where}: the figure the code draws no longer matches {path} (plotted data "
                    f"differs by more than {FIGURE_RTOL:g} relative): run make update-outputs and review it"
                )

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
            raise BlockFailure(
                f"{self.where}: the output differs from the page\n\n{diff}"
            )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (BlockFailure, PageError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return (
            self.path,
            self.parent.page.origins[self.block.lineno - 1].line - 1,
            self.where,
        )


class NotebookItem(pytest.Item):
    """The page's notebook, proved by the page's own run: same cells, same
    printed outputs.

    ``make notebooks`` executed the saved notebook in a kernel of its own; this
    test does not execute it again. The notebook's cells are the page's blocks
    (checked), so the page's run in the reader environment is a run of the
    notebook's code; what each cell printed when it was executed must be what
    the page's block printed now.
    """

    def __init__(self, *, notebook: Path, **kwargs):
        super().__init__(**kwargs)
        self.notebook = notebook

    def runtest(self) -> None:
        import nbformat
        import notebooks

        parent: PageFile = self.parent
        where = f"{rel(self.notebook)} (made from {rel(parent.path)})"
        if not self.notebook.exists():
            raise BlockFailure(f"{where}: missing; run `make notebooks`")
        saved = nbformat.read(self.notebook, as_version=4)
        if notebooks.source_cells(saved) != notebooks.source_cells(
            notebooks.build(parent.path)
        ):
            raise BlockFailure(
                f"{where}: the page changed since the notebook was made; run `make notebooks`"
            )
        first = next(cell for cell in saved.cells if cell.cell_type == "code")
        if first.source != notebooks.install_cell(parent.setup_block.code):
            raise BlockFailure(
                f"{where}: the first code cell must install what the Setup line does"
            )
        errors = [
            o
            for c in saved.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "error"
        ]
        if errors:
            raise BlockFailure(
                f"{where}: the saved notebook shows an error: {errors[0].ename}"
            )
        run = parent.python_run()
        if len(run.errors) < len(parent.python_blocks) or any(run.errors):
            raise BlockFailure(
                f"{where}: not checked, because the page's program failed"
            )
        printed = notebooks.program_outputs(saved)
        for block, shown, ran in zip(
            parent.python_blocks, printed, run.outputs, strict=True
        ):
            if shown != ran:
                diff = "".join(
                    difflib.unified_diff(
                        shown.splitlines(keepends=True),
                        ran.splitlines(keepends=True),
                        "shown in the notebook",
                        "printed by the page now",
                    )
                )
                raise BlockFailure(
                    f"{where}: the cell of the block at line {parent.line(block)} shows other output "
                    f"than the page's run; run `make notebooks`\n\n{diff}"
                )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, BlockFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.notebook, None, rel(self.notebook)


# ---------------------------------------------------------------------------
# updating pages
def rewrite_outputs(page: ExpandedPage, updates: dict[int, str]) -> None:
    """Write ``updates`` (expanded fence line -> output) into the page's
    expected-output blocks.
    """
    lines = page.path.read_text(encoding="utf-8").split("\n")
    by_page_line = {
        page.origins[n - 1].line: output for n, output in updates.items()
    }
    # bottom up
    for fence_line, output in sorted(by_page_line.items(), reverse=True):
        start = fence_line - 1
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
        ticks = re.match(r"`+", lines[start].lstrip()).group(0)
        end = next(
            i
            for i in range(start + 1, len(lines))
            if lines[i].strip().startswith(ticks)
        )
        body = output.removesuffix("\n").split("\n") if output else []
        shown = [indent + text if text else "" for text in body]
        following = next(
            (i for i in range(end + 1, len(lines)) if lines[i].strip()), None
        )
        if following is not None and lines[following].strip() == OUTPUT_MARKER:
            open_ = next(
                i for i in range(following + 1, len(lines)) if lines[i].strip()
            )
            close = next(
                i
                for i in range(open_ + 1, len(lines))
                if lines[i].strip().startswith("```")
            )
            lines[open_ + 1 : close] = shown
        else:
            lines[end + 1 : end + 1] = [
                "",
                indent + OUTPUT_MARKER,
                "",
                indent + OUTPUT_FENCE,
                *shown,
                indent + "```",
            ]
    page.path.write_text("\n".join(lines), encoding="utf-8")


def pytest_sessionfinish(session: pytest.Session) -> None:
    # an xdist worker: the controller writes
    worker = hasattr(session.config, "workerinput")
    if (path := session.config.getoption("--compat-json")) and not worker:
        # written whole, then renamed: never read half-written
        partial = Path(f"{path}.partial")
        partial.write_text(
            json.dumps({"timings": TIMINGS, "pages": RESULTS}, indent=1),
            encoding="utf-8",
        )
        partial.replace(path)
    if not session.config.getoption("--update-outputs"):
        return
    for item in session.items:
        parent = item.parent
        if isinstance(parent, PageFile) and parent.updates:
            rewrite_outputs(parent.page, parent.updates)
            print(
                f"\nupdated {len(parent.updates)} output(s) in {rel(parent.path)}"
            )
            parent.updates = {}


def pytest_terminal_summary(terminalreporter) -> None:
    """Report how long each page's program ran: the run time a chapter header may
    quote.
    """
    if not TIMINGS:
        return
    terminalreporter.section("page run times (one fresh interpreter per page)")
    for page, (seconds, blocks) in sorted(TIMINGS.items()):
        terminalreporter.write_line(
            f"{page:40} {blocks:3d} Python blocks {seconds:7.1f} s"
        )
