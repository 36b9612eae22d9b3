"""Every file in snippets/ and every benchmark report is shown on some page."""

from pagecheck import ROOT, included_snippets


def test_every_snippet_and_report_is_included_by_a_page():
    files = [*(ROOT / "snippets").rglob("*"), *(ROOT / "docs" / "benchmarks").rglob("*.md")]
    files = {p.resolve() for p in files if p.is_file() and "__pycache__" not in p.parts}
    assert files, "snippets/ is empty"
    orphans = sorted(str(p.relative_to(ROOT)) for p in files - included_snippets())
    assert not orphans, f"included by no page in docs/: {', '.join(orphans)}"
