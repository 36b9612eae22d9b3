"""Comparing and rewriting outputs and figures (tools/outputs.py), on pages
written into a temporary project.
"""

import json
import math
from pathlib import Path

import outputs
import pages
import pytest
import tinyrepo

LAYOUTS, load = tinyrepo.LAYOUTS, tinyrepo.load
project = tinyrepo.project_fixture
REST = "\nText after.\n\n```bash\necho kept\n```\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_rewrite_replaces_only_the_output_and_reads_back(project, layout):
    page = load(project, LAYOUTS[layout] + REST)
    block = page.program[0]
    before = page.path.read_text(encoding="utf-8")
    # pytest-codeblocks drops blank lines from an indented block
    output = "two\nlines\n" if layout == "indented" else "two\n\nlines\n"
    text = outputs.rewritten(page, {block: output})
    page.path.write_text(text, encoding="utf-8")
    again = pages.load_page(project, page.path)
    assert again.program[0].expected_output == output
    assert again.program[0].ignore_whitespace == block.ignore_whitespace
    # everything but the output's lines is as it was
    old, new = before.split("\n"), text.split("\n")
    span = block.output
    assert old[: span.open] == new[: span.open]
    grown = len(output.splitlines()) - (span.close - span.open - 1)
    assert old[span.close - 1 :] == new[span.close - 1 + grown :]


def test_a_block_without_output_gets_a_new_output_block(project):
    page = load(project, "!!! note\n\n    ```python\n    print(1)\n    ```\n")
    block = page.program[0]
    text = outputs.rewritten(page, {block: "1\n```\n"})
    assert (
        "    ```\n\n    <!--pytest-codeblocks:expected-output-->\n\n"
        '    ````text title="Output"\n    1\n    ```\n    ````\n'
    ) in text
    page.path.write_text(text, encoding="utf-8")
    assert pages.load_page(project, page.path).program[0].expected_output == (
        "1\n```\n"
    )


def test_rewrites_go_bottom_up_and_an_output_may_become_empty(project):
    page = load(project, LAYOUTS["plain"] + "\n```python\nprint(2)\n```\n")
    first, second = page.program
    text = outputs.rewritten(page, {first: "", second: "2\n"})
    page.path.write_text(text, encoding="utf-8")
    again = pages.load_page(project, page.path)
    assert [b.expected_output for b in again.program] == ["", "2\n"]


def test_an_output_block_from_an_include_is_not_rewritten(project):
    (project.root / "docs").mkdir()
    (project.root / "docs/out.md").write_text(
        "<!--pytest-codeblocks:expected-output-->\n```\n1\n```\n"
    )
    page = load(project, '```python\nprint(1)\n```\n--8<-- "docs/out.md"\n')
    with pytest.raises(pages.PageError, match="comes from docs/out.md"):
        outputs.rewritten(page, {page.program[0]: "2\n"})


def test_outputs_equal_up_to_whitespace_need_no_update(project):
    page = load(project, LAYOUTS["ignore-whitespace"])
    block = page.program[0]
    assert outputs.check_output(block, " 1 \n") is None
    assert not outputs.needs_update(block, " 1 \n")
    assert outputs.needs_update(block, "2\n")
    mismatch = outputs.check_output(block, "2\n")
    assert mismatch.outcome == "different"
    assert "the output differs from the page" in mismatch.message
    assert "-1\n+2\n" in mismatch.message


def test_output_the_page_does_not_show_is_a_failure(project):
    block = load(project, "```python\nx = 1\n```\n").program[0]
    assert outputs.check_output(block, "") is None
    assert not outputs.needs_update(block, "")
    mismatch = outputs.check_output(block, "hello\n")
    assert mismatch.outcome == "failed"
    assert "printed output that the page does not show" in mismatch.message
    assert outputs.needs_update(block, "hello\n")


@pytest.mark.parametrize(
    ("shown", "drawn", "same"),
    [
        ([1.0, "a"], [1.0005, "a"], True),
        ([1.0], [1.01], False),
        ([0.0], [1e-12], True),  # near zero, an absolute tolerance
        ([0.0], [1e-6], False),
        ([math.nan], [math.nan], True),
        ([math.nan], [0.0], False),
        ([1, 2], [1.0, 2.0], True),
        ([1.0], [1.0, 2.0], False),
        ({"x": [1.0]}, {"y": [1.0]}, False),
        ({"label": "a"}, {"label": "b"}, False),
    ],
)
def test_same_plot_compares_numbers_within_the_tolerance(shown, drawn, same):
    assert outputs.same_plot(shown, drawn) is same


def figure_page(project, shown_lines: str):
    page = load(project, f"```python\nx = 1\n```\n\n{shown_lines}\n")
    return page, page.program[0]


def drawn_figure(tmp_path: Path, data: list) -> Path:
    svg = tmp_path / "run" / "0-1.svg"
    svg.parent.mkdir(exist_ok=True)
    svg.write_text("<?xml version='1.0'?><svg/>", encoding="utf-8")
    svg.with_suffix(".json").write_text(json.dumps(data), encoding="utf-8")
    return svg


def test_figure_checks_fail_for_each_thing_missing(project, tmp_path):
    drawn = [drawn_figure(tmp_path, [{"y": [1.0]}])]
    page, block = figure_page(project, "")
    mismatch = outputs.check_figures(page, block, drawn, 0)
    assert "draws 1 figure(s) and the page shows [] under it" in (
        mismatch.message
    )
    assert "![what the figure shows](figures/p-1.svg)" in mismatch.message

    page, block = figure_page(project, "![](figures/p-1.svg)")
    mismatch = outputs.check_figures(page, block, drawn, 0)
    assert "figures/p-1.svg needs alt text" in mismatch.message

    placeholder = f"![{outputs.PLACEHOLDER_ALT}](figures/p-1.svg)"
    page, block = figure_page(project, placeholder)
    assert (
        "needs alt text" in outputs.check_figures(page, block, drawn, 0).message
    )

    page, block = figure_page(project, "![A line.](figures/p-1.svg)")
    mismatch = outputs.check_figures(page, block, drawn, 0)
    assert "figures/p-1.svg or its data is missing" in mismatch.message

    assert outputs.save_figures(page, block, drawn, 0) is None
    assert outputs.check_figures(page, block, drawn, 0) is None
    other = [drawn_figure(tmp_path, [{"y": [2.0]}])]
    mismatch = outputs.check_figures(page, block, other, 0)
    assert mismatch.outcome == "different"
    assert "no longer matches figures/p-1.svg" in mismatch.message


def test_saving_figures_asks_for_the_lines_the_page_lacks(project, tmp_path):
    drawn = [drawn_figure(tmp_path, [1.0])]
    page, block = figure_page(project, "![A line.](figures/p-1.svg)")
    mismatch = outputs.save_figures(page, block, drawn, 2)  # the third figure
    assert mismatch.message.endswith(
        f"\n![{outputs.PLACEHOLDER_ALT}](figures/p-3.svg)"
    )
    assert (project.docs / "figures/p-3.json").read_text() == "[1.0]"
