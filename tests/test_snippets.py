"""Every file in snippets/ and every benchmark report is shown on some page,
and a snippet that needs names from earlier blocks says so.
"""

import continues
from pages import included_snippets
from project import Project

PROJECT = Project.here()


def test_every_snippet_and_report_is_included_by_a_page():
    files = [
        *PROJECT.snippets.rglob("*"),
        *(PROJECT.docs / "benchmarks").rglob("*.md"),
    ]
    files = {
        p.resolve()
        for p in files
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert len(files) > 50, "snippets/ and docs/benchmarks/ are nearly empty"
    orphans = sorted(PROJECT.rel(p) for p in files - included_snippets(PROJECT))
    assert not orphans, f"included by no page in docs/: {', '.join(orphans)}"


def test_a_snippet_that_needs_earlier_names_says_so_in_its_first_lines():
    """Run alone, a snippet works after the Setup line, or its header names
    what it needs.
    """
    snippets = sorted(PROJECT.snippets.rglob("*.py"))
    assert len(snippets) > 50
    headers = [s for s in snippets if continues.HEADER.match(s.read_text())]
    assert len(headers) > 20, "the check finds no headers to compare with"
    silent = {}
    for snippet in snippets:
        source = snippet.read_text(encoding="utf-8")
        missing = set(continues.needed_names(source))
        missing -= continues.header_names(source)
        if missing:
            silent[PROJECT.rel(snippet)] = sorted(missing)
    assert not silent, (
        "needs names it does not name in a '# Continues' header "
        f"(python tools/continues.py): {silent}"
    )
