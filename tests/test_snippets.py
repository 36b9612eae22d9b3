"""Every file in snippets/ is shown on some page; an orphan is code no reader sees."""

from pagecheck import ROOT, included_snippets


def test_every_snippet_is_included_by_a_page():
    snippets = {p.resolve() for p in (ROOT / "snippets").rglob("*") if p.is_file()}
    snippets = {p for p in snippets if "__pycache__" not in p.parts}
    assert snippets, "snippets/ is empty"
    orphans = sorted(str(p.relative_to(ROOT)) for p in snippets - included_snippets())
    assert not orphans, f"included by no page in docs/: {', '.join(orphans)}"
