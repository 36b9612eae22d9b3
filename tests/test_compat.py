"""The compatibility table was made by `make compat` from the pages, snippets
and locks as they are now; and what compat writes from its results.
"""

import json

import compat_render
import pytest
from packaging.requirements import Requirement
from project import ConfigError

import compat


def committed() -> dict:
    return json.loads(compat.RESULTS.read_text(encoding="utf-8"))


def test_the_compatibility_results_are_current():
    assert compat.RESULTS.exists(), (
        "no compatibility results: run `make compat`"
    )
    assert committed()["inputs_sha256"] == compat.inputs_digest(), (
        "a page, snippet, lock or pyproject.toml changed since `make compat` "
        f"wrote {compat.rel(compat.RESULTS)}: run `make compat`"
    )


def test_every_declared_runtime_and_every_chapter_is_in_the_table():
    results = committed()
    assert [entry["id"] for entry in results["runtimes"]] == [
        r["id"] for r in compat.runtimes_declared()
    ]
    chapters = [compat.rel(page) for page in compat.chapters()]
    assert len(chapters) > 5
    for entry in results["runtimes"]:
        assert list(entry["pages"]) == chapters, entry["id"]


def test_the_generated_pages_agree_with_the_results(tmp_path, monkeypatch):
    """The table, details and Tested-with lines are what --write makes from
    the JSON.
    """
    shown = {
        p.relative_to(compat.OUT): p.read_text(encoding="utf-8")
        for p in compat.OUT.rglob("*.md")
    }
    assert len(shown) > 5
    monkeypatch.setattr(compat, "OUT", tmp_path)
    compat.write_markdown(committed())
    made = {
        p.relative_to(tmp_path): p.read_text(encoding="utf-8")
        for p in tmp_path.rglob("*.md")
    }
    assert made == shown, "run `python tools/compat.py --write`"


def test_tfguide_requires_exactly_the_tensorflow_versions_the_chapters_run_on():
    """The evidence sets the range: every runtime where all chapters run is
    inside it, none other.
    """
    tensorflow = next(
        r
        for r in compat.PROJECT.dependencies()
        if Requirement(r).name == "tensorflow"
    )
    spec = Requirement(tensorflow).specifier
    checked = 0
    for entry in committed()["runtimes"]:
        if "versions" not in entry:
            continue
        version = entry["versions"]["tensorflow"]
        runs = all(
            page["status"] in {"same", "different"}
            for page in entry["pages"].values()
        )
        assert spec.contains(version, prereleases=True) == runs, (
            entry["id"],
            version,
            str(spec),
        )
        checked += 1
    assert checked >= 2


def test_a_runtime_that_cannot_be_set_up_becomes_cells_with_the_reason(
    monkeypatch,
):
    """No interpreter for its Python: every chapter is 'not run', with why;
    nothing raises.
    """
    bogus = {
        "id": "bogus",
        "label": "Python 3.99",
        "python": "3.99",
        "pins": ["tensorflow==2.20.0"],
    }
    monkeypatch.setattr(compat.PROJECT, "runtimes", lambda: [bogus])
    entry = compat.run_pages("bogus")
    assert "no working python3.99" in entry["error"]
    assert len(entry["pages"]) > 5
    assert {cell["status"] for cell in entry["pages"].values()} == {"not run"}
    assert all(
        "python3.99" in cell["reason"] for cell in entry["pages"].values()
    )


def test_an_unknown_runtime_is_a_configuration_error_naming_the_known_ones():
    with pytest.raises(ConfigError, match=r"no runtime 'nosuch'.*'reference'"):
        compat.run_pages("nosuch")


# ---------------------------------------------------------------------------
# compat_render: synthetic results, every kind of cell
VERSIONS = {"python": "3.11.7", "tensorflow": "2.21.0", "keras": "3.15.1"}
TITLES = {"docs/a.md": "Page A", "docs/b.md": "Page B"}


def synthetic() -> dict:
    failed = {"line": 12, "outcome": "failed", "detail": "Traceback: boom"}
    other = {"line": 30, "outcome": "different", "detail": "-1\n+2"}
    return {
        "date": "2026-01-02",
        "runtimes": [
            {
                "id": "reference",
                "label": "Reference",
                "versions": VERSIONS,
                "pages": {
                    "docs/a.md": {"status": "same", "blocks": []},
                    "docs/b.md": {"status": "different", "blocks": [other]},
                },
            },
            {
                "id": "old",
                "label": "Old TF",
                "versions": {**VERSIONS, "tensorflow": "2.19.1"},
                "pages": {
                    "docs/a.md": {"status": "failed", "blocks": [failed]},
                    "docs/b.md": {
                        "status": "not run",
                        "blocks": [],
                        "reason": "the install failed: no wheel",
                    },
                },
            },
        ],
    }


def test_the_table_links_every_cell_that_is_not_the_same_output():
    made = compat_render.render(synthetic(), TITLES, list(TITLES))
    table = made["table.md"]
    assert "Measured by `make compat` on 2026-01-02" in table
    assert "Old TF<br>Python 3.11.7, TF 2.19.1, Keras 3.15.1" in table
    assert "| [Page A](a.md) | ✅ runs, same output | [❌ fails](#a-old) |" in (
        table
    )
    assert "[≠ runs, other output](#b-reference)" in table
    assert "[— not run](#b-old)" in table


def test_the_details_give_each_failure_and_each_reason():
    details = compat_render.render(synthetic(), TITLES, list(TITLES))[
        "details.md"
    ]
    assert "### Page A on Old TF { #a-old }" in details
    assert "The block at [line 12](a.md) fails:" in details
    assert "Traceback: boom" in details
    assert "The block at [line 30](b.md) prints other output:" in details
    assert "### Page B on Old TF { #b-old }\n\nThe page did not run:" in details
    assert "the install failed: no wheel" in details
    assert "Page A on Reference" not in details  # the same: no details


def test_the_details_follow_a_block_that_a_prose_edit_moved():
    """A result names its block by place: the details give the line the block
    is on now, in the link and in the checker's own words.
    """
    results = synthetic()
    moved = {
        "block": 1,
        "line": 30,
        "outcome": "different",
        "detail": "docs/b.md, block at line 30 (code from x.py): -1\n+2",
    }
    results["runtimes"][0]["pages"]["docs/b.md"]["blocks"] = [moved]
    lines = {"docs/a.md": [3, 12], "docs/b.md": [5, 34]}
    details = compat_render.render(results, TITLES, list(TITLES), lines)[
        "details.md"
    ]
    assert "The block at [line 34](b.md) prints other output:" in details
    assert "docs/b.md, block at line 34 (code from x.py)" in details
    assert "line 30" not in details


def test_tested_with_names_the_runtimes_where_the_page_runs():
    made = compat_render.render(synthetic(), TITLES, [*TITLES, "docs/new.md"])
    assert made["tested-with/a.md"] == (
        "**Tested with:** Reference: TensorFlow 2.21.0, Keras 3.15.1, "
        "Python 3.11.7 ([compatibility](compatibility.md)).<br>\n"
    )
    assert "(other output, see the table)" in made["tested-with/b.md"]
    assert "Old TF" not in made["tested-with/b.md"]
    assert made["tested-with/new.md"] == (
        "**Tested with:** the reference versions only, so far.<br>\n"
    )


def test_every_cell_the_same_says_so_and_long_details_are_cut():
    results = synthetic()
    for entry in results["runtimes"]:
        for cell in entry["pages"].values():
            cell.update(status="same", blocks=[])
            cell.pop("reason", None)
    details = compat_render.render(results, TITLES, [])["details.md"]
    assert (
        details == "Every chapter printed the same output in every runtime.\n"
    )
    long = compat_render.short("x" * 2000)
    assert long == "x" * compat_render.DETAIL_LIMIT + "\n..."


def test_reading_a_runtimes_versions_fails_with_what_python_said(
    tmp_path, monkeypatch
):
    python = tmp_path / "python"
    python.write_text("#!/bin/sh\necho 'no module named keras' >&2\nexit 1\n")
    python.chmod(0o755)
    monkeypatch.setattr(
        compat.readerenv, "environment", lambda code, runtime: tmp_path
    )
    with pytest.raises(
        compat.readerenv.SetupError,
        match="reading the versions failed: no module named keras",
    ):
        compat.versions(compat.readerenv.REFERENCE)
