"""Each benchmark table on the site was printed by the benchmark script as it is
now.

Timings are not compared (they vary); what is checked is that the report is
current (the script's SHA-256 matches), that the script still runs, and that a
quick run prints a table with the same rows and columns as the published one.
"""

import functools
import shutil
from pathlib import Path

import benchmarks
import pytest
import readerenv
from pagecheck import DOCS, expand, setup_code


def table_shape(text: str) -> tuple[list[str], list[str]]:
    """The header cells and the first cell of each row of the Markdown table in
    ``text``.
    """
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert len(rows) >= 3, f"no Markdown table in:\n{text}"
    cells = [
        [cell.strip() for cell in row.strip("|").split("|")] for row in rows
    ]
    return cells[0], [row[0] for row in cells[2:]]


@pytest.mark.parametrize("script", benchmarks.scripts(), ids=lambda p: p.name)
def test_the_report_was_printed_by_this_script(script):
    report = benchmarks.report_path(script)
    assert report.exists(), (
        f"no report for {script.name}: run `make benchmarks`"
    )
    match = benchmarks.HASH_LINE.search(report.read_text(encoding="utf-8"))
    assert match, f"{report.name} lacks the line naming its script"
    assert match["sha"] == benchmarks.digest(script), (
        f"{script.name} changed since {report.name} was written: "
        "run `make benchmarks`"
    )


@functools.cache
def included() -> dict[Path, set[Path]]:
    """Each page and the snippets it includes (expanded once, for every
    script).
    """
    return {page: expand(page).snippets for page in sorted(DOCS.glob("*.md"))}


@pytest.mark.parametrize("script", benchmarks.scripts(), ids=lambda p: p.name)
def test_the_script_still_runs_and_prints_the_same_table(script, tmp_path):
    """Saved as the page says, in an empty folder, run in the page's reader
    environment.
    """
    pages = [
        page
        for page, snippets in included().items()
        if script.resolve() in snippets
    ]
    assert pages, f"no page shows {script.name}"
    bin_dir = readerenv.environment(setup_code(pages[0]))
    saved = shutil.copy(script, tmp_path / script.name)
    quick = benchmarks.run(
        saved, "--repeats", "1", python=bin_dir / "python", cwd=tmp_path
    )
    published = benchmarks.report_path(script).read_text(encoding="utf-8")
    assert table_shape(quick) == table_shape(published)
