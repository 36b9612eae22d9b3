"""Each chapter notebook matches its page, runs without an error, and shows what it printed."""

import nbformat
import pytest

import notebooks

PAIRS = sorted(notebooks.notebook_pages().items())


@pytest.mark.parametrize(("notebook", "page"), PAIRS, ids=[p.name for _, p in PAIRS])
def test_the_notebook_is_generated_from_its_page(notebook, page):
    assert notebook.exists(), f"{notebook.name} is missing: run `make notebooks`"
    saved = nbformat.read(notebook, as_version=4)
    assert notebooks.source_cells(saved) == notebooks.source_cells(notebooks.build(page)), (
        f"{page.name} changed since {notebook.name} was made: run `make notebooks`"
    )


@pytest.mark.parametrize(("notebook", "page"), PAIRS, ids=[p.name for _, p in PAIRS])
def test_the_notebook_runs_and_shows_what_it_printed(notebook, page, tmp_path):
    fresh = notebooks.execute(notebooks.build(page), tmp_path)
    saved = nbformat.read(notebook, as_version=4)
    assert notebooks.visible_outputs(fresh) == notebooks.visible_outputs(saved)
