"""Every file in snippets/ and every benchmark report is shown on some page."""

from pagecheck import ROOT, included_snippets


def test_every_snippet_and_report_is_included_by_a_page():
    files = [
        *(ROOT / "snippets").rglob("*"),
        *(ROOT / "docs" / "benchmarks").rglob("*.md"),
    ]
    files = {
        p.resolve()
        for p in files
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert files, "snippets/ is empty"
    orphans = sorted(
        str(p.relative_to(ROOT)) for p in files - included_snippets()
    )
    assert not orphans, f"included by no page in docs/: {', '.join(orphans)}"


def test_a_snippet_that_needs_earlier_names_says_so_in_its_first_lines():
    """Run alone, a snippet works after the Setup line, or its header names what it
    needs.
    """
    import continues

    silent = {}
    for snippet in sorted((ROOT / "snippets").rglob("*.py")):
        source = snippet.read_text(encoding="utf-8")
        missing = set(continues.needed_names(source)) - continues.header_names(
            source
        )
        if missing:
            silent[str(snippet.relative_to(ROOT))] = sorted(missing)
    assert not silent, (
        f"needs names it does not name in a '# Continues' header (python tools/continues.py): {silent}"
    )
