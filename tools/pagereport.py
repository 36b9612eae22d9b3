"""What the page checker reports beyond pass and fail: ``--compat-json`` and
the page-time summary.

Every block test leaves ``("outcome", same|different|failed)`` in its report's
``user_properties``, and the first test of each page the page's times
(``timing``). With pytest-xdist the controller sees every worker's reports, so
this plugin (registered by ``pagecheck``) collects them there:

- ``--compat-json FILE`` (``make compat``): what each block did, by page and
  line, written whole, then renamed;
- at the end of a run, each page's own time (its Python program, and its shell
  and JavaScript blocks), their sum, the floor (the sum shared by the workers,
  or the longest page if that is more), the suite's wall time and the ratio of
  the two.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import cpu_outputs
import pytest
import runner
from pages import Page


def addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--compat-json",
        default="",
        help="write what each block did into this JSON file",
    )


def timing(page: Page, run: runner.PageRun) -> dict:
    """A page's own times, as a test's report carries them."""
    others = [
        (block.line, result.seconds)
        for block, result in run.blocks.items()
        if block.kind in {"shell", "javascript"}
    ]
    return {
        "page": page.rel,
        "python_blocks": len(page.program),
        "python_s": run.program_seconds,
        "other_blocks": others,
    }


def page_seconds(entry: dict) -> float:
    return entry["python_s"] + sum(s for _, s in entry["other_blocks"])


def floor(entries: list[dict], workers: int) -> float:
    """The least wall time the pages allow: their time shared by the workers,
    or the longest page, if that is more.
    """
    times = [page_seconds(entry) for entry in entries]
    return max([sum(times) / max(workers, 1), *times]) if times else 0.0


class Report:
    def __init__(
        self, config: pytest.Config, outputs_machine: str | None = None
    ) -> None:
        self.config = config
        self.outputs_machine = outputs_machine  # the pages' (cpu_outputs.py)
        self.timings: dict[str, dict] = {}
        self.results: dict[str, dict] = {}
        self.started = time.perf_counter()

    def workers(self) -> int:
        count = getattr(self.config.option, "numprocesses", None)
        return count if isinstance(count, int) and count > 0 else 1

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self) -> None:
        self.started = time.perf_counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        properties = dict(report.user_properties)
        if "page_timing" in properties:
            entry = properties["page_timing"]
            self.timings[entry["page"]] = entry
        if report.when != "call" and not (
            report.when == "setup" and report.skipped
        ):
            return
        page, _, line = report.nodeid.partition("::")
        if not line.startswith("line "):
            return
        if report.skipped:
            outcome = "skipped"
        else:
            outcome = properties.get(
                "outcome", "same" if report.passed else "failed"
            )
        detail = "" if report.passed or report.skipped else report.longreprtext
        self.results.setdefault(page, {})[line.removeprefix("line ")] = {
            "outcome": outcome,
            "detail": detail,
        }

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        path = session.config.getoption("--compat-json")
        if not path or hasattr(session.config, "workerinput"):
            return  # an xdist worker: the controller writes
        timings = {
            page: (entry["python_s"], entry["python_blocks"])
            for page, entry in self.timings.items()
        }
        partial = Path(f"{path}.partial")
        partial.parent.mkdir(parents=True, exist_ok=True)  # a fresh clone's
        partial.write_text(
            json.dumps({"timings": timings, "pages": self.results}, indent=1),
            encoding="utf-8",
        )
        partial.replace(path)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        """Each page's run time (what a chapter header's "Run time" quotes)
        and the suite's wall time against the floor the pages allow.
        """
        if not self.timings:
            return
        write = terminalreporter.write_line
        terminalreporter.section(
            "page run times (one fresh interpreter per page)"
        )
        entries = [self.timings[page] for page in sorted(self.timings)]
        for entry in entries:
            others = entry["other_blocks"]
            write(
                f"{entry['page']:34} {entry['python_blocks']:3d} Python blocks "
                f"{entry['python_s']:7.1f} s, {len(others):2d} shell/JS "
                f"{sum(s for _, s in others):6.1f} s, total "
                f"{page_seconds(entry):7.1f} s"
            )
        total = sum(page_seconds(entry) for entry in entries)
        workers = self.workers()
        least = floor(entries, workers)
        wall = time.perf_counter() - self.started
        write(
            f"pages' own time {total:.1f} s; floor {least:.1f} s (on "
            f"{workers} worker(s), or the longest page); wall time "
            f"{wall:.1f} s; wall/floor {wall / least if least else 0:.2f}"
        )
        name = cpu_outputs.machine()
        declared = self.outputs_machine
        if declared in (None, name):
            where = "the machine whose outputs the pages show"
        else:
            where = (
                f"not the pages' machine ({declared}): a block may print "
                "what this one recorded in cpu-outputs/ instead"
            )
        write(f"this machine: {name}, {where}")
