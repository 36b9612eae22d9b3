"""The compatibility table was made by `make compat` from the pages, snippets and
locks as they are now.
"""

import json

import compat


def test_the_compatibility_results_are_current():
    assert compat.RESULTS.exists(), (
        "no compatibility results: run `make compat`"
    )
    results = json.loads(compat.RESULTS.read_text(encoding="utf-8"))
    assert results["inputs_sha256"] == compat.inputs_digest(), (
        "a page, snippet, lock or pyproject.toml changed since `make compat` wrote "
        f"{compat.RESULTS.relative_to(compat.ROOT)}: run `make compat`"
    )


def test_every_declared_runtime_and_every_chapter_is_in_the_table():
    results = json.loads(compat.RESULTS.read_text(encoding="utf-8"))
    assert [entry["id"] for entry in results["runtimes"]] == [
        r["id"] for r in compat.runtimes()
    ]
    chapters = [
        str(page.relative_to(compat.ROOT)) for page in compat.chapters()
    ]
    for entry in results["runtimes"]:
        assert list(entry["pages"]) == chapters, entry["id"]


def test_the_generated_pages_agree_with_the_results(tmp_path, monkeypatch):
    """The table, details and Tested-with lines are what --write makes from the
    JSON.
    """
    committed = {
        p.relative_to(compat.OUT): p.read_text(encoding="utf-8")
        for p in compat.OUT.rglob("*.md")
    }
    monkeypatch.setattr(compat, "OUT", tmp_path)
    compat.write_markdown(
        json.loads(compat.RESULTS.read_text(encoding="utf-8"))
    )
    made = {
        p.relative_to(tmp_path): p.read_text(encoding="utf-8")
        for p in tmp_path.rglob("*.md")
    }
    assert made == committed, "run `python tools/compat.py --write`"


def test_tfguide_requires_exactly_the_tensorflow_versions_every_chapter_runs_on():
    """The evidence sets the range: every runtime where all chapters run is inside
    it, none other.
    """
    from packaging.requirements import Requirement

    results = json.loads(compat.RESULTS.read_text(encoding="utf-8"))
    tensorflow = next(
        r
        for r in compat.project_dependencies()
        if Requirement(r).name == "tensorflow"
    )
    spec = Requirement(tensorflow).specifier
    for entry in results["runtimes"]:
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


def test_a_runtime_that_cannot_be_set_up_becomes_cells_with_the_reason(
    monkeypatch,
):
    """No interpreter for its Python: every chapter is 'not run', with why; nothing
    raises.
    """
    bogus = {
        "id": "bogus",
        "label": "Python 3.99",
        "python": "3.99",
        "pins": ["tensorflow==2.20.0"],
    }
    monkeypatch.setattr(compat, "runtimes", lambda: [bogus])
    entry = compat.run_pages("bogus")
    assert "no working python3.99" in entry["error"]
    assert {cell["status"] for cell in entry["pages"].values()} == {"not run"}
    assert all(
        "python3.99" in cell["reason"] for cell in entry["pages"].values()
    )
