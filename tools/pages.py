"""The page model: a Markdown page as the reader sees it, and its blocks.

``load_page(project, path)`` expands the page's ``--8<--`` includes with
pymdownx.snippets itself, configured from ``mkdocs.yml``, remembering the file
and line every expanded line came from; reads its blocks with
pytest-codeblocks' own extractor, so that the block syntax
(``<!--pytest-codeblocks:expected-output-->``,
``<!--pytest.mark.skip(reason=...)-->``) is pytest-codeblocks'; and gives each
block what every consumer needs, computed once: its kind (the Setup line, a
program block, a separate script, a shell or JavaScript block, a block only
shown), the span of its expected-output block, the figures shown under it, and
why it is skipped. It enforces the page rules (``rules`` below) and raises
``PageError`` naming the page and line. Nothing here imports pytest, runs
code or writes files.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import re
import sys
from pathlib import Path

import markdown
from comments import without_comments
from project import ConfigError, Project
from rules import Mark, PageError, check_blocks, check_unread, parse_marks

PYTHON = {"python"}
SHELL = {"bash", "sh"}
JAVASCRIPT = {"javascript", "js"}
RUNNABLE = PYTHON | SHELL | JAVASCRIPT
SETUP_START = "python -m pip install"
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"
SEPARATE_SCRIPT = re.compile(
    r'\btitle="Separate script: (?P<name>[\w.-]+\.py)"'
)
FIGURE_LINE = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<path>figures/[\w.-]+\.svg)\)\s*$"
)
_KEYWORD = re.compile(r"<!--[-\s]*pytest-codeblocks:(.*)-->")
_MARK = re.compile(r"<!--[-\s]*(pytest\.mark\..*)-->")


def _load_extractor():
    """pytest-codeblocks' extractor, without the pytest plugin its package
    imports: the module that parses (``main.py``) needs only the standard
    library.
    """
    name = "_tfguide_codeblocks_main"
    if name not in sys.modules:
        package = importlib.util.find_spec("pytest_codeblocks")
        path = Path(package.origin).with_name("main.py")
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name].extract_from_buffer


extract_from_buffer = _load_extractor()


# ---------------------------------------------------------------------------
# expansion
@dataclasses.dataclass(frozen=True)
class Origin:
    """Where one line of the expanded page came from."""

    path: Path
    line: int


@dataclasses.dataclass
class Expanded:
    path: Path
    text: str
    origins: list[Origin]  # origins[i] is where expanded line i + 1 came from
    snippets: set[Path]


def _preprocessor(project: Project):
    """A new pymdownx.snippets preprocessor configured as mkdocs.yml does (one
    per page: recording what it reads changes it).
    """
    try:
        options = project.snippets_options()
    except ConfigError as error:
        raise PageError(str(error)) from None
    options["auto_append"] = []  # appended files hold no code; keep lines
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": options},
    )
    return md.preprocessors["snippet"]


def expand(project: Project, page: Path) -> Expanded:
    """Expand a page's snippet includes, keeping the origin of every line.

    Only whole files, in the one-line form: the origins of a whole file's lines
    are its lines in order (section markers left out), which a section or a
    line range would not keep.
    """
    pre = _preprocessor(project)
    read: list[str] = []
    read_lines = pre.read_lines

    def recording_read(path: str) -> list[str]:
        read.append(path)
        return read_lines(path)

    pre.read_lines = recording_read
    out: list[str] = []
    origins: list[Origin] = []
    used: set[Path] = set()
    text = page.read_text(encoding="utf-8")
    for number, line in enumerate(text.split("\n"), 1):
        where = f"{project.rel(page)}, line {number}"
        match = pre.RE_ALL_SNIPPETS.match(line)
        if not match:
            out.append(line)
            origins.append(Origin(page, number))
            continue
        if not match.group("inline_marker"):
            raise PageError(
                f"{where}: write includes in the one-line form "
                '--8<-- "snippets/<chapter>/<file>.py" so that the tests can '
                "trace every line back to its file"
            )
        target = match.group("snippet")[1:-1].strip()
        _, lines, section = pre.split_path(target) or (target, None, None)
        if (lines or section) and not match.group("escape"):
            raise PageError(
                f"{where}: include the whole file ({target!r} names a part of "
                "it), so that every line the page shows has its file's line "
                "number; split the file instead"
            )
        del read[:]
        try:
            expanded = pre.run([line])
        except Exception as error:  # SnippetMissingError and friends
            raise PageError(f"{where}: {error}") from error
        if not read:  # an escaped or commented-out include stays a page line
            out.extend(expanded)
            origins.extend(Origin(page, number) for _ in expanded)
            continue
        if len(read) > 1:
            raise PageError(
                f"{where}: {project.rel(read[0])} includes other files; "
                "snippets must be plain scripts without includes of their own"
            )
        snippet = Path(read[0]).resolve()
        used.add(snippet)
        source = read_lines(read[0])
        cursor = 0
        # the included lines are the file's, in order, section markers left out
        for shown in expanded:
            while (
                cursor < len(source) and source[cursor].strip() != shown.strip()
            ):
                cursor += 1
            if cursor == len(source):
                raise PageError(
                    f"{where}: cannot trace {shown!r} to {project.rel(snippet)}"
                )
            out.append(shown)
            origins.append(Origin(snippet, cursor + 1))
            cursor += 1
    return Expanded(page, "\n".join(out), origins, used)


# ---------------------------------------------------------------------------
# blocks
@dataclasses.dataclass(frozen=True)
class Span:
    """An expected-output block: its marker and its fences (expanded lines,
    1-based).
    """

    marker: int
    open: int
    close: int


@dataclasses.dataclass(frozen=True)
class Figure:
    alt: str
    path: str  # relative to docs/, as the page writes it
    line: int  # expanded line


@dataclasses.dataclass(eq=False)
class Block:
    """One code block of a page (output blocks belong to the block above)."""

    language: str
    syntax: str
    code: str
    fence: int  # expanded line of the opening fence (pytest-codeblocks' lineno)
    close: int  # expanded line of the closing fence
    line: int  # the page's own line of the opening fence
    origins: list[Origin]  # of each line of ``code``
    marks: list[Mark] = dataclasses.field(default_factory=list)
    expected_output: str | None = None
    ignore_whitespace: bool = False
    output: Span | None = None
    figures: list[Figure] = dataclasses.field(default_factory=list)
    skip_reason: str | None = None
    setup: bool = False  # the page's Setup line

    @property
    def script(self) -> str | None:
        """The file name of a block titled ``Separate script: NAME.py``."""
        match = SEPARATE_SCRIPT.search(self.syntax)
        return match["name"] if match and self.language in PYTHON else None

    @property
    def program(self) -> str:
        """The code as far as it can change what it prints: Python without its
        comments (tools/comments.py), other code as it is."""
        return (
            without_comments(self.code)
            if self.language in PYTHON
            else self.code
        )

    @property
    def kind(self) -> str:
        if self.setup:
            return "setup"
        if self.language in PYTHON:
            return "script" if self.script else "program"
        if self.language in SHELL:
            return "shell"
        if self.language in JAVASCRIPT:
            return "javascript"
        return "shown"

    @property
    def files(self) -> list[Path]:
        """The files the code comes from, in order (the page itself too)."""
        return list(dict.fromkeys(origin.path for origin in self.origins))


def is_install_line(language: str, code: str) -> bool:
    return language in SHELL and code.lstrip().startswith(SETUP_START)


@dataclasses.dataclass(eq=False)
class _Found:
    syntax: str
    fence: int
    close: int
    code: str
    lines: list[int]  # the expanded line of each line of code
    output: Span | None = None
    expected_output: str | None = None
    ignore_whitespace: bool = False


def scan(lines: list[str]) -> tuple[list[_Found], list[tuple[int, str]]]:
    """The blocks of the expanded lines, read as pytest-codeblocks reads them
    (its ``extract_from_buffer``, step by step), with the lines of each block's
    fences and output block; and the lines that pytest-codeblocks passes over
    silently (``~~~`` fences, ``cont``). Marks are left to pytest-codeblocks.
    """
    found: list[_Found] = []
    unread: list[tuple[int, str]] = []
    pending: tuple[_Found, int, bool] | None = None
    number = 0
    while number < len(lines):
        line, number = lines[number], number + 1
        stripped = line.strip()
        if number == 1 and stripped == "<!--pytest-codeblocks:skipfile-->":
            return [], []
        if not stripped:
            continue
        if match := _KEYWORD.match(stripped):
            keyword = match.group(1).strip("- ")
            if keyword.startswith("expected-output") and found:
                whitespace = keyword.endswith("-ignore-whitespace")
                pending = (found[-1], number, whitespace)
            elif keyword == "cont":
                unread.append((number, "cont"))
            continue  # marks: pytest-codeblocks' own reading is used
        if _MARK.match(stripped):
            continue
        if stripped.startswith("~~~"):
            unread.append((number, "~~~"))
        bare = line.lstrip()
        if not bare.startswith("```"):
            continue
        ticks = len(bare) - len(bare.lstrip("`"))
        indent = len(line) - len(bare)
        fence, body, numbers = number, [], []
        while number < len(lines):
            line, number = lines[number] + "\n", number + 1
            rest = line.lstrip()
            if rest[:ticks] == "`" * ticks:
                break
            # as pytest-codeblocks cuts: in an indented block, a blank line
            # loses its newline too
            text = line[min(indent, len(line) - len(rest)) :]
            if text:
                body.append(text)
                numbers.append(number)
        else:
            raise RuntimeError("Hit end-of-file prematurely. Syntax error?")
        code = "".join(body)
        if pending is not None:
            owner, marker, whitespace = pending
            owner.output = Span(marker, fence, number)
            owner.expected_output = code
            owner.ignore_whitespace = whitespace
            pending = None
        else:
            syntax = bare.strip()[ticks:]
            found.append(_Found(syntax, fence, number, code, numbers))
    return found, unread


def _figures_after(lines: list[str], after: int) -> list[Figure]:
    """The figure lines right under expanded line ``after`` (blank lines
    between).
    """
    figures = []
    cursor = after  # the 0-based index of the line after it
    while cursor < len(lines):
        if not lines[cursor].strip():
            cursor += 1
            continue
        match = FIGURE_LINE.match(lines[cursor].strip())
        if not match:
            break
        figures.append(Figure(match["alt"].strip(), match["path"], cursor + 1))
        cursor += 1
    return figures


# ---------------------------------------------------------------------------
# pages
@dataclasses.dataclass(eq=False)
class Page:
    project: Project
    path: Path
    text: str
    origins: list[Origin]
    snippets: set[Path]
    blocks: list[Block]

    @property
    def rel(self) -> str:
        return self.project.rel(self.path)

    @property
    def setup(self) -> Block | None:
        return next((b for b in self.blocks if b.setup), None)

    @property
    def runnable(self) -> list[Block]:
        """The blocks the tests run or check, in page order."""
        return [b for b in self.blocks if b.language in RUNNABLE]

    @property
    def program(self) -> list[Block]:
        """The Python blocks that make the page's one program."""
        return [b for b in self.blocks if b.kind == "program"]

    @property
    def scripts(self) -> dict[str, Block]:
        return {b.script: b for b in self.blocks if b.kind == "script"}

    def where(self, block: Block) -> str:
        """How a failure names a block: page, line and the snippet files."""
        files = [self.project.rel(f) for f in block.files if f != self.path]
        origin = f" (code from {', '.join(files)})" if files else ""
        return f"{self.rel}, block at line {block.line}{origin}"


def load_page(project: Project, path: Path) -> Page:
    """The page model of ``path``; PageError for a page the checker refuses."""
    expanded = expand(project, path)
    lines = expanded.text.split("\n")
    origins = expanded.origins
    rel = project.rel(path)
    try:
        found, unread = scan(lines)
        reference = extract_from_buffer(io.StringIO(expanded.text))
    except RuntimeError as error:  # the extractor's own syntax errors
        raise PageError(f"{rel}: {error}") from None
    check_unread(rel, [(origins[n - 1].line, what) for n, what in unread])
    read = [(b.code, b.fence, b.expected_output) for b in found]
    if read != [(b.code, b.lineno, b.expected_output) for b in reference]:
        raise PageError(  # a guard: the spans below must be pytest-codeblocks'
            f"{rel}: the page checker reads the blocks of this page otherwise "
            "than pytest-codeblocks does; report it with the page"
        )
    blocks = []
    for raw, theirs in zip(found, reference, strict=True):
        language = raw.syntax.split(" ", 1)[0].strip("{}.")
        block = Block(
            language=language,
            syntax=raw.syntax,
            code=raw.code,
            fence=raw.fence,
            close=raw.close,
            line=origins[raw.fence - 1].line,
            origins=[origins[n - 1] for n in raw.lines],
            expected_output=raw.expected_output,
            ignore_whitespace=raw.ignore_whitespace,
            output=raw.output,
        )
        block.figures = _figures_after(
            lines, (raw.output.close if raw.output else raw.close)
        )
        block.marks, block.skip_reason = parse_marks(
            theirs.marks,
            theirs.importorskip,
            f"{rel}, line {block.line}",
        )
        blocks.append(block)
    setup = next(
        (b for b in blocks if is_install_line(b.language, b.code)), None
    )
    if setup is not None:
        setup.setup = True
    page = Page(
        project, path, expanded.text, origins, expanded.snippets, blocks
    )
    check_blocks(page)
    return page


def chapter_pages(project: Project) -> list[Path]:
    """The pages with a Setup line: the ones a reader runs."""
    return [
        path
        for path in sorted(project.docs.glob("*.md"))
        if load_page(project, path).setup is not None
    ]


def included_snippets(project: Project) -> set[Path]:
    """Every file that some page in ``docs/`` includes."""
    used: set[Path] = set()
    for path in sorted(project.docs.rglob("*.md")):
        used |= expand(project, path).snippets
    return used
