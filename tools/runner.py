"""Running a page where a reader would: its Python program, then its shell and
JavaScript blocks, in one working folder of a reader environment.

``run_page(page, bin_dir, workdir)`` runs the page once, in page order:

1. the Python program (every Python block but the separate scripts) in one
   fresh interpreter of the reader environment, through the driver
   ``tools/run_page.py`` (run with ``-P``); the driver writes a separator
   after each block, so a crash or a timeout is blamed on the block that was
   running, and the blocks after it are "not run";
2. each shell block (``bash -e``) and JavaScript block (Node, as an ES
   module) that is not skipped, one by one, in the same folder, after the
   program, so that they can use the files it wrote; each has its own
   timeout.

The protocol with the driver: a JSON spec (``root``, ``argv0``,
``separator``, ``figures``: the folder for drawn figures, ``coverage_lib``,
``blocks``: for each block its segments, ``{filename, source, linemap}``) and
a JSON result (``errors``, ``warnings``, ``logged``, ``figures``: for each
block that finished). Page code sees ``TFGUIDE_ROOT``, the repository's folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import time
from pathlib import Path

import readerenv
from pages import JAVASCRIPT, Block, Page

DRIVER = Path(__file__).with_name("run_page.py")
PAGE_TIMEOUT_S = 900
SEPARATOR = "\x1e<tfguide:block-end>\x1e\n"
STDERR_TAIL = 3000  # characters of standard error kept for a message


class BlockFailure(Exception):
    """A block that did not do what its page says; ``outcome`` is what
    ``--compat-json`` records for it (``failed`` or ``different``).
    """

    def __init__(self, message: str, outcome: str = "failed") -> None:
        super().__init__(message)
        self.outcome = outcome


def reader_environment(
    page: Page, runtime: readerenv.Runtime = readerenv.REFERENCE
) -> Path:
    """The ``bin`` folder of the environment the page's Setup line makes; a
    failure, a hang included, is a BlockFailure naming the Setup line.
    """
    setup = page.setup
    where = f"{page.rel}, Setup line at line {setup.line}"
    try:
        return readerenv.environment(setup.code, runtime)
    except readerenv.SetupError as error:
        raise BlockFailure(f"{where}: {error}") from None
    except subprocess.TimeoutExpired as expired:
        raise BlockFailure(
            f"{where}: the install ran longer than {expired.timeout:g} s and "
            "was stopped"
        ) from None


@dataclasses.dataclass
class BlockRun:
    output: str = ""
    error: str | None = None  # None: it ran without an error
    warnings: list[str] = dataclasses.field(default_factory=list)
    # what TensorFlow's or absl's logger printed (WARNING and above); a copy
    # of each line is in ``output``
    logged: list[str] = dataclasses.field(default_factory=list)
    # the figures it drew (.svg, each with its .json); None: unknown
    figures: list[Path] | None = dataclasses.field(default_factory=list)
    seconds: float = 0.0


@dataclasses.dataclass
class PageRun:
    """What each block did; a program block missing from ``blocks`` was not
    run, because ``failed`` (an earlier one) failed.
    """

    blocks: dict[Block, BlockRun]
    failed: Block | None = None
    stderr: str = ""  # the program's standard error
    program_seconds: float = 0.0
    missing_links: list[str] = dataclasses.field(default_factory=list)


def page_environment(
    bin_dir: Path, root: Path, runtime: readerenv.Runtime
) -> dict[str, str]:
    """What page code runs with: the reader environment first on ``PATH``, no
    Python paths, the repository in ``TFGUIDE_ROOT``.
    """
    env = readerenv.pip_environment(bin_dir, runtime)
    env["TFGUIDE_ROOT"] = str(root)
    return env


def segments(block: Block) -> list[dict]:
    """Split a block into runs of lines from one file, each line with its real
    line number (absolute file names: coverage counts the snippets' lines).
    """
    result: list[dict] = []
    for text, origin in zip(
        block.code.splitlines(), block.origins, strict=True
    ):
        if not result or result[-1]["filename"] != str(origin.path):
            result.append(
                {"filename": str(origin.path), "lines": [], "linemap": []}
            )
        result[-1]["lines"].append(text)
        result[-1]["linemap"].append(origin.line)
    for segment in result:
        segment["source"] = "\n".join(segment.pop("lines")) + "\n"
    return result


def prepare_folder(page: Page, workdir: Path) -> list[str]:
    """Save the page's separate scripts and link the project's folders into
    the working folder; return the links whose target is missing.
    """
    for name, block in page.scripts.items():
        (workdir / name).write_text(block.code, encoding="utf-8")
    missing = []
    for name, target in page.project.folder_links().items():
        source = page.project.root / target
        if source.exists():
            (workdir / name).symlink_to(source, target_is_directory=True)
        else:
            missing.append(f"{name} (the repository has no {target})")
    return missing


def _decode(data: str | bytes | None) -> str:
    if isinstance(data, bytes):
        return data.decode(errors="replace")
    return data or ""


def _capture(
    command: list[str], workdir: Path, env: dict[str, str], timeout: float
) -> tuple[str, str, int | None]:
    """Run a command in the working folder: its stdout, stderr and exit code
    (None: stopped at the timeout, with what it had printed by then).
    """
    try:
        proc = subprocess.run(
            command,
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        return _decode(expired.stdout), _decode(expired.stderr), None
    return proc.stdout, proc.stderr, proc.returncode


def run_program(
    page: Page,
    bin_dir: Path,
    workdir: Path,
    env: dict[str, str],
    timeout: float = PAGE_TIMEOUT_S,
) -> PageRun:
    """Run the page's Python blocks as one program with the reader
    environment's Python.
    """
    blocks = page.program
    spec = workdir.parent / f".{workdir.name}-page.json"
    result = workdir.parent / f".{workdir.name}-result.json"
    figures = workdir.parent / f".{workdir.name}-figures"
    figures.mkdir(exist_ok=True)
    result.unlink(missing_ok=True)
    coverage = (
        str(readerenv.coverage_library())
        if "COVERAGE_PROCESS_CONFIG" in os.environ
        else ""
    )
    spec.write_text(
        json.dumps(
            {
                "root": str(page.project.root),
                "argv0": f"{page.path.stem}.py",
                "separator": SEPARATOR,
                "figures": str(figures),
                "coverage_lib": coverage,
                "blocks": [segments(block) for block in blocks],
            }
        ),
        encoding="utf-8",
    )
    command = [str(bin_dir / "python"), "-P", str(DRIVER), str(spec)]
    start = time.perf_counter()
    stdout, stderr, code = _capture(
        [*command, str(result)], workdir, env, timeout
    )
    seconds = time.perf_counter() - start
    died = (
        f"the page ran longer than {timeout:g} s and was stopped"
        if code is None
        else f"the interpreter died (exit code {code})"
    )
    pieces = stdout.split(SEPARATOR)
    if result.exists():
        report = json.loads(result.read_text(encoding="utf-8"))
        runs = [
            BlockRun(
                output=pieces[n],
                error=error,
                warnings=report["warnings"][n],
                logged=report["logged"][n],
                figures=[figures / f"{name}.svg" for name in drawn],
            )
            for n, (error, drawn) in enumerate(
                zip(report["errors"], report["figures"] + [[]], strict=False)
            )
        ]
    else:
        # every block before the last separator finished: blame the next one
        done = len(pieces) - 1
        runs = [BlockRun(output=piece, figures=None) for piece in pieces[:done]]
        runs.append(
            BlockRun(
                output=pieces[done],
                error=f"{died} in this block",
                figures=None,
            )
        )
    failed = next((b for b, r in zip(blocks, runs) if r.error), None)
    return PageRun(
        blocks=dict(zip(blocks, runs)),
        failed=failed,
        stderr=stderr,
        program_seconds=seconds,
    )


def run_alone(
    block: Block,
    workdir: Path,
    env: dict[str, str],
    timeout: float = PAGE_TIMEOUT_S,
) -> BlockRun:
    """Run one shell or JavaScript block in the working folder."""
    if block.language in JAVASCRIPT:
        command = ["node", "--input-type=module", "--eval", block.code]
    else:
        shell = "bash" if block.language == "bash" else "sh"
        command = [shell, "-e", "-c", block.code]
    start = time.perf_counter()
    stdout, stderr, code = _capture(command, workdir, env, timeout)
    seconds = time.perf_counter() - start
    if code is None:
        error = (
            f"the block ran longer than {timeout:g} s and was stopped\n"
            + stderr[-STDERR_TAIL:]
        )
        return BlockRun(stdout, error, seconds=seconds)
    if code:
        return BlockRun(
            stdout, f"exited with status {code}\n{stderr}", seconds=seconds
        )
    return BlockRun(stdout, seconds=seconds)


def run_page(
    page: Page,
    bin_dir: Path,
    workdir: Path,
    runtime: readerenv.Runtime = readerenv.REFERENCE,
    timeout: float = PAGE_TIMEOUT_S,
) -> PageRun:
    """The whole page, once: the program, then the shell and JavaScript blocks
    that are not skipped, in page order.
    """
    missing = prepare_folder(page, workdir)
    env = page_environment(bin_dir, page.project.root, runtime)
    run = (
        run_program(page, bin_dir, workdir, env, timeout)
        if page.program
        else PageRun(blocks={})
    )
    run.missing_links = missing
    for block in page.runnable:
        if block.kind in {"shell", "javascript"} and block.skip_reason is None:
            run.blocks[block] = run_alone(block, workdir, env, timeout)
    return run
