"""Run every code block of every page in ``docs/`` as the reader sees it.

The pytest plugin (enabled in ``pyproject.toml``): collection, items and
their failure reports, nothing else. For each Markdown page it

1. loads the page model (``pages.py``: includes expanded with each line's
   origin, blocks read by pytest-codeblocks' own extractor, the page rules of
   ``rules.py``), and makes one test per block the tests run, plus one for the
   page's notebook (``notebookcheck.py``) when ``mkdocs.yml`` lists one;
2. executes the page's Setup line as shown, once, in a clean virtual
   environment whose pip reads only a local wheelhouse (``readerenv.py``), so
   that the page runs where a reader's would;
3. runs the page once (``runner.py``): its Python program, then its shell and
   JavaScript blocks in page order, in one temporary folder (with the page's
   separate scripts saved in it), whichever of its tests runs first;
4. gives each block's test the block's part of that run, compared with what
   the page shows (``outputs.py``); with ``--update-outputs`` the page's
   outputs and figures are rewritten from the run instead.

A failure names the page, the line of the block and, for included code, the
snippet file and its line. Each test leaves its outcome (same, different,
failed) in its report's ``user_properties``; ``pagereport.py`` turns them into
``--compat-json`` and the page-time summary.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import cpu_outputs
import notebookcheck
import outputs
import pagereport
import pytest
import readerenv
import runner
import runtimes
from pages import Block, load_page
from pages import expand as _expand
from project import ConfigError, Project
from rules import PageError
from runner import BlockFailure

SETTINGS = pytest.StashKey["Settings"]()
_MISSING_MODULE = re.compile(
    r"^ModuleNotFoundError: No module named '([\w.]+)'", re.MULTILINE
)


class Settings:
    """What this session checks with: the project, the runtime, the timeout."""

    def __init__(self, config: pytest.Config) -> None:
        self.project = Project(config.rootpath)
        self.update = config.getoption("--update-outputs")
        self.timeout = config.getoption("--page-timeout") or (
            runner.PAGE_TIMEOUT_S
        )
        name = config.getoption("--runtime")
        try:
            self.runtime = (
                runtimes.runtime(self.project, name)
                if name
                else readerenv.REFERENCE
            )
        except (ConfigError, readerenv.SetupError) as error:
            raise pytest.UsageError(f"--runtime {name}: {error}") from None
        declared = self.project.outputs_machine()
        if (
            self.update
            and name
            and declared not in (None, cpu_outputs.machine())
        ):
            raise pytest.UsageError(
                "--update-outputs with --runtime rewrites the pages: run it "
                f"on the pages' machine ({declared})"
            )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the pages' expected outputs from what the code printed",
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
        help="seconds a page's program (and each of its other blocks) may run",
    )
    pagereport.addoption(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[SETTINGS] = Settings(config)
    settings = config.stash[SETTINGS]
    config.pluginmanager.register(
        pagereport.Report(config, settings.project.outputs_machine()),
        "pagereport",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    project = parent.config.stash[SETTINGS].project
    if file_path.suffix == ".md" and file_path.is_relative_to(project.docs):
        return PageFile.from_parent(parent, path=file_path)
    return None


class PageFile(pytest.File):
    """One page: its runnable blocks, run once, checked one test per block."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.settings: Settings = self.config.stash[SETTINGS]
        self.updates: dict[Block, str] = {}
        self._bin: Path | BlockFailure | None = None
        self._run: runner.PageRun | None = None
        self.timing_reported = False
        self._cpu: cpu_outputs.Store | None = None
        self.passed: set[Block] = set()  # the blocks whose test passed

    def all_passed(self) -> bool:
        """Whether every block of the page that runs was checked, and passed,
        in this session (what the pages' machine stamps)."""
        return all(
            block in self.passed
            for block in self.page.runnable
            if block.skip_reason is None
        )

    @property
    def cpu(self) -> cpu_outputs.Store:
        """This machine's recorded outputs for the page (cpu_outputs.py)."""
        if self._cpu is None:
            self._cpu = cpu_outputs.Store(self.page)
        return self._cpu

    @functools.cached_property
    def page_hash(self) -> str:
        """The page's code and outputs, as records are keyed by."""
        return cpu_outputs.page_hash(self.page)

    def block_key(self, block: Block) -> str:
        return cpu_outputs.block_key(self.page, block, self.page_hash)

    @functools.cached_property
    def stamped(self) -> bool:
        """Whether the page is as the pages' machine last updated it."""
        return cpu_outputs.stamped(self.page, self.page_hash)

    @property
    def page_machine(self) -> bool:
        """Whether the pages show this machine's outputs (no machine declared:
        whichever runs them)."""
        declared = self.settings.project.outputs_machine()
        return declared is None or declared == self.cpu.name

    @property
    def uses_records(self) -> bool:
        """Whether this machine's records of the page count: another machine
        than the pages', and the page as the pages' machine last updated it
        (cpu_outputs.py). In another runtime too: there a record stands for
        what the reference printed on this CPU, so that ``make compat`` on
        this machine compares each runtime with the reference here."""
        return not self.page_machine and self.stamped

    def cpu_note(self) -> str:
        if self.page_machine:
            return ""
        declared = self.settings.project.outputs_machine()
        if not self.stamped:
            return (
                f" (this machine, {self.cpu.name}, is not the one whose "
                f"outputs the page shows, {declared}, and the page changed "
                "since that machine last updated it: update it there first)"
            )
        return (
            f" (this machine, {self.cpu.name}, is not the one whose outputs "
            f"the page shows, {declared}, and "
            f"{self.settings.project.rel(self.cpu.path)} holds no matching "
            "record: if only numbers differ here, --update-outputs here "
            "records them)"
        )

    def recorded(self, block: Block) -> dict:
        """This machine's record of a block, where records count: its output
        if it differs from the page's in numbers only, its figure data if
        that does."""
        if not self.uses_records:
            return {}
        # under --update-outputs, what this run records (the notebook's check)
        stored = self.cpu.fresh if self.settings.update else self.cpu.entries
        entry = dict(stored.get(self.block_key(block), {}))
        if "output" in entry and not cpu_outputs.numbers_only(
            block.expected_output or "", entry["output"]
        ):
            del entry["output"]
        if "figures" in entry and not cpu_outputs.plots_numbers_only(
            outputs.shown_data(self.page, block), entry["figures"]
        ):
            del entry["figures"]
        return entry

    def collect(self):
        self.page = load_page(self.settings.project, self.path)
        items = []
        for block in self.page.runnable:
            item = BlockItem.from_parent(
                self, name=f"line {block.line}", block=block
            )
            if block.skip_reason is not None:
                item.add_marker(pytest.mark.skip(reason=block.skip_reason))
            for mark in block.marks:
                if mark.name not in {"skip", "skipif"}:
                    item.add_marker(
                        getattr(pytest.mark, mark.name)(
                            *mark.args, **mark.kwargs
                        )
                    )
            items.append(item)
        items += notebookcheck.items(self)
        return items

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, PageError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def bin_dir(self) -> Path:
        """The reader environment the page's Setup line makes (made once; a
        failure, a hang included, fails every block without a second try).
        """
        if self._bin is None:
            try:
                self._bin = runner.reader_environment(
                    self.page, self.settings.runtime
                )
            except BlockFailure as failure:
                self._bin = failure
        if isinstance(self._bin, BlockFailure):
            raise self._bin
        return self._bin

    def page_run(self) -> runner.PageRun:
        """The page's run: made by whichever of its tests needs it first."""
        if self._run is None:
            bin_dir = self.bin_dir()
            factory = self.config._tmp_path_factory  # type: ignore[attr-defined]
            self._run = runner.run_page(
                self.page,
                bin_dir,
                factory.mktemp(self.path.stem),
                self.settings.runtime,
                self.settings.timeout,
            )
        return self._run

    def report_timing(self, item: pytest.Item) -> None:
        """Once per page, to the controller under xdist too."""
        if self._run is not None and not self.timing_reported:
            item.user_properties.append(
                ("page_timing", pagereport.timing(self.page, self._run))
            )
            self.timing_reported = True


class BlockItem(pytest.Item):
    def __init__(self, *, block: Block, **kwargs) -> None:
        super().__init__(**kwargs)
        self.block = block

    @property
    def where(self) -> str:
        return self.parent.page.where(self.block)

    def runtest(self) -> None:
        try:
            self.check()
        except BlockFailure as failure:
            self.user_properties.append(("outcome", failure.outcome))
            raise
        finally:
            self.parent.report_timing(self)
        self.user_properties.append(("outcome", "same"))
        self.parent.passed.add(self.block)

    def check(self) -> None:
        parent: PageFile = self.parent
        block = self.block
        if block.setup:
            parent.bin_dir()  # executing the line is its test
            return
        if block.script:
            # saved as a file; its runs are other blocks
            compile(block.code, block.script, "exec")
            return
        run = parent.page_run()
        result = run.blocks.get(block)
        if result is None:
            raise BlockFailure(
                f"{self.where}: not run, because the block at line "
                f"{run.failed.line} failed"
            )
        error = result.error
        if error and block.kind == "program":
            if not error.startswith("Traceback"):
                error += "\n" + run.stderr[-runner.STDERR_TAIL :]
            if missing := _MISSING_MODULE.search(error):
                setup = parent.page.setup
                error += (
                    f"\nThe page's Setup line ({setup.code.strip()}, line "
                    f"{setup.line}) does not install the module "
                    f"{missing[1]!r}."
                )
        if error and run.missing_links:
            error += (
                "\nThe working folder lacks "
                + ", ".join(run.missing_links)
                + ": make test creates them."
            )
        if error:
            raise BlockFailure(f"{self.where}: the code failed\n\n{error}")
        if result.warnings:
            raise BlockFailure(
                f"{self.where}: the block raised a warning that the page does "
                "not show; avoid it, or catch it and print it where the page "
                "explains it\n\n" + "".join(result.warnings)
            )
        shown = block.expected_output or ""
        unshown = [line for line in result.logged if line not in shown]
        if unshown and not self.parent.settings.update:
            raise BlockFailure(
                f"{self.where}: TensorFlow's logger printed a warning that "
                "the page does not show; avoid it, or show it in the block's "
                "output (make update-outputs) and say what it means\n\n"
                + "\n".join(unshown),
                "different",
            )
        key = parent.block_key(block)
        self.compare(result.output, key)
        if block.kind == "program" and result.figures is not None:
            self.check_figures(run, key)

    def compare(self, output: str, key: str) -> None:
        parent: PageFile = self.parent
        shown = self.block.expected_output
        if parent.settings.update:
            if not outputs.needs_update(self.block, output):
                if not parent.page_machine:
                    parent.cpu.record(key)
            elif parent.page_machine:
                parent.updates[self.block] = output
            else:
                self.refuse_record(
                    shown is not None
                    and cpu_outputs.numbers_only(shown, output),
                    outputs.diff(
                        shown or "", output, "shown on the page", "printed here"
                    ),
                )
                parent.cpu.record(key, output=output)
            return
        recorded = parent.recorded(self.block).get("output")
        if mismatch := outputs.check_output(
            self.block, output, recorded, parent.cpu_note()
        ):
            raise BlockFailure(
                f"{self.where}: {mismatch.message}", mismatch.outcome
            )

    def refuse_record(
        self,
        numbers_only: bool,
        difference: str,
        why: str = "the block prints more than other numbers",
    ) -> None:
        """On another machine than the pages': record nothing but numbers, and
        only for a page as the pages' machine last updated it."""
        parent: PageFile = self.parent
        declared = parent.settings.project.outputs_machine()
        if not parent.stamped:
            raise BlockFailure(
                f"{self.where}: the page changed since the pages' machine "
                f"({declared}) last updated it; update it there first, then "
                f"record this machine's ({parent.cpu.name}) numbers"
            )
        if not numbers_only:
            raise BlockFailure(
                f"{self.where}: on this machine ({parent.cpu.name}) {why}: "
                "that is a change of the "
                f"page, made on the pages' machine ({declared})\n\n"
                + difference
            )

    def check_figures(self, run: runner.PageRun, key: str) -> None:
        """The figures the block drew are shown under it, with alt text, and
        plot the same data (the n-th figure the page draws is
        ``docs/figures/<page>-<n>.svg``, saved with its data by
        ``--update-outputs``).
        """
        page = self.parent.page
        before = 0
        for block in page.program:
            if block is self.block:
                break
            before += len(run.blocks[block].figures or [])
        drawn = run.blocks[self.block].figures
        parent: PageFile = self.parent
        if parent.settings.update and parent.page_machine:
            mismatch = outputs.save_figures(page, self.block, drawn, before)
        elif parent.settings.update:
            mismatch = outputs.check_figures(page, self.block, drawn, before)
            if mismatch and mismatch.outcome == "failed":
                self.refuse_record(False, mismatch.message, "the figures fail")
            if mismatch:
                fresh = outputs.drawn_data(drawn)
                shown = outputs.shown_data(page, self.block)
                self.refuse_record(
                    cpu_outputs.plots_numbers_only(shown, fresh),
                    "the figure's data differs in more than its numbers",
                )
                parent.cpu.record(key, figures=fresh)
            return
        else:
            mismatch = outputs.check_figures(
                page,
                self.block,
                drawn,
                before,
                parent.recorded(self.block).get("figures"),
                parent.cpu_note(),
            )
        if mismatch:
            raise BlockFailure(
                f"{self.where}: {mismatch.message}", mismatch.outcome
            )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (BlockFailure, PageError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, self.block.line - 1, self.where


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not session.config.stash[SETTINGS].update:
        return
    done = set()
    for item in session.items:
        parent = item.parent
        if isinstance(parent, PageFile) and parent not in done:
            done.add(parent)
            ran = parent._run is not None and parent._run.failed is None
            reference = parent.settings.runtime.id == "reference"
            if not parent.page_machine and ran and reference:
                parent.cpu.write()
                if parent.cpu.fresh:
                    print(
                        f"\nrecorded {len(parent.cpu.fresh)} output(s) of "
                        f"{parent.page.rel} on this machine in "
                        f"{parent.settings.project.rel(parent.cpu.path)}"
                    )
            if parent.updates:
                outputs.rewrite(parent.page, parent.updates)
                print(
                    f"\nupdated {len(parent.updates)} output(s) in "
                    f"{parent.page.rel}"
                )
            named = "TFGUIDE_MACHINE" in os.environ
            real = parent.settings.project.root == Project.here().root
            if named and real:
                print(
                    "\nno page stamped: TFGUIDE_MACHINE names the machine "
                    "(the checker's tests only)"
                )
            elif (
                parent.page_machine
                and ran
                and reference
                and parent.all_passed()
            ):
                # the page as it now runs on its machine, every block checked
                cpu_outputs.stamp(
                    load_page(parent.settings.project, parent.path)
                )


# ---------------------------------------------------------------------------
# for tests/test_benchmarks.py, until it reads the page model itself
DOCS = Project.here().docs


def setup_code(page: Path) -> str | None:
    """The code of a page's Setup line, or None."""
    setup = load_page(Project.here(), page).setup
    return setup.code if setup else None


def expand(page: Path):
    """A page of this repository, its includes expanded."""
    return _expand(Project.here(), page)
