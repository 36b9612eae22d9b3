"""Fixtures shared by the test modules, and the order files run in.

- ``site``: the site built strictly from the working tree, once per session:
  the first pytest-xdist worker that needs it builds it into the session's
  shared temporary folder, and the other waits for that build and reads it.
- ``chromium``: one headless Chromium per worker, for every browser test.
- Files run longest first (pytest-xdist's ``loadfile`` hands each file whole to
  a worker): by their time in the last run, kept in pytest's cache, so that no
  long file starts last; without a cache, the files with the most tests first.
  (tools/pagereport.py prints the suite's time beside its floor.)
"""

from __future__ import annotations

import fcntl
import json
import os
from collections import defaultdict
from pathlib import Path

import pytest
from browser import require
from website import CHROMIUM, CHROMIUM_ARGS, mkdocs_build

ROOT = Path(__file__).resolve().parents[1]
DURATIONS_KEY = "tfguide/file-seconds"


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site built strictly from the working tree, once per test session."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the session's folder, above each worker's
    site_dir = shared / "site"
    outcome = shared / "site-build.json"
    with open(shared / "site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other worker waits here
        if not outcome.exists():
            result = mkdocs_build(ROOT, site_dir)
            outcome.write_text(
                json.dumps({"status": result.returncode, "log": result.stderr})
            )
    built = json.loads(outcome.read_text())
    assert built["status"] == 0, built["log"]
    return site_dir


@pytest.fixture(scope="session")
def chromium():
    """Headless Chromium, with scrollbars that take room as on a desktop with a
    mouse (Playwright hides them). Tests open their own pages or contexts.
    """
    require(
        CHROMIUM.exists(),
        "no /usr/bin/chromium for the browser tests: apt-get install chromium",
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            ignore_default_args=["--hide-scrollbars"],
        )
        yield browser
        browser.close()


# ---------------------------------------------------------------------------
# the order files run in
def _file(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(session, config, items) -> None:
    """Longest files first, by the last run's times (every worker reads the
    same cache, so every worker collects the same order).
    """
    cache = getattr(config, "cache", None)
    seconds = cache.get(DURATIONS_KEY, {}) if cache else {}
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[_file(item.nodeid)] += 1
    items.sort(
        key=lambda item: (
            -seconds.get(_file(item.nodeid), 0.0),
            -counts[_file(item.nodeid)],
            _file(item.nodeid),
        )
    )


# each file's seconds in this session (setup, call and teardown of its tests),
# kept for the next session's order
_FILES: dict[str, float] = defaultdict(float)


def pytest_runtest_logreport(report) -> None:
    """In the controller under pytest-xdist, which sees every worker's
    reports.
    """
    _FILES[_file(report.nodeid)] += report.duration


def pytest_sessionfinish(session) -> None:
    cache = getattr(session.config, "cache", None)
    worker = hasattr(session.config, "workerinput")
    if cache is not None and not worker and _FILES:
        known = cache.get(DURATIONS_KEY, {})
        known.update({k: round(v, 1) for k, v in _FILES.items()})
        cache.set(DURATIONS_KEY, known)
