"""The page model (tools/pages.py): origins, blocks, output spans, figures.

Fast unit tests on pages written into a temporary project; no pytest
subprocess, no reader environment.
"""

import subprocess
import sys
from pathlib import Path

import pages
import pytest
import tinyrepo
from rules import PageError

TOOLS = Path(pages.__file__).parent
LAYOUTS = tinyrepo.LAYOUTS
SETUP = tinyrepo.SETUP
project = tinyrepo.project_fixture
load, write = tinyrepo.load, tinyrepo.write


def test_the_model_imports_no_pytest():
    code = "import sys, pages, rules, project; print('pytest' in sys.modules)"
    found = subprocess.run(
        [sys.executable, "-c", code],
        cwd=TOOLS,
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout == "False\n"


def test_included_lines_carry_their_file_and_line(project):
    write(project, "snippets/a.py", "import math\n\nprint(math.pi)\n")
    page = load(
        project,
        """\
        Intro

        ```python title="snippets/a.py"
        --8<-- "snippets/a.py"
        ```

        ```python
        x = 1
        ```
        """,
    )
    first, second = page.program
    snippet = (project.root / "snippets/a.py").resolve()
    # pymdownx keeps the file's last newline as an empty line
    assert [(o.path, o.line) for o in first.origins[:3]] == [
        (snippet, 1),
        (snippet, 2),
        (snippet, 3),
    ]
    assert first.line == 3 and first.files == [snippet]
    assert page.snippets == {snippet}
    assert second.line == 7  # the page's own line, after the expansion
    assert second.origins[0].line == 8
    assert page.where(first) == "docs/p.md, block at line 3 (code from " + (
        "snippets/a.py)"
    )
    assert page.where(second) == "docs/p.md, block at line 7"


def test_section_markers_of_a_whole_file_are_left_out_and_lines_stay_right(
    project,
):
    write(
        project,
        "snippets/s.py",
        "import math\nprint(math.pi)\n# --8<-- [start:part]\n"
        "print(math.pi)\n# --8<-- [end:part]\nvalue = 1\n",
    )
    page = load(project, '```python\n--8<-- "snippets/s.py"\n```\n')
    block = page.program[0]
    assert block.code.count("print(math.pi)") == 2
    assert [o.line for o in block.origins][:4] == [1, 2, 4, 6]


@pytest.mark.parametrize(
    ("include", "message"),
    [
        ('"snippets/s.py:part"', "include the whole file"),
        ('"snippets/s.py:2:3"', "include the whole file"),
        ('"snippets/none.py"', ".*none.py"),
        ('"snippets/outer.py"', "snippets/outer.py includes other files"),
    ],
    ids=["section", "lines", "missing", "nested"],
)
def test_includes_the_model_cannot_trace_are_refused(project, include, message):
    write(project, "snippets/s.py", "a = 1\n# --8<-- [start:part]\nb = 2\n")
    write(project, "snippets/outer.py", '--8<-- "snippets/s.py"\n')
    with pytest.raises(PageError, match=f"docs/p.md, line 2: {message}"):
        load(project, f"```python\n--8<-- {include}\n```\n")


def test_an_escaped_include_stays_a_line_of_the_page(project):
    page = load(project, '```text\n;--8<-- "snippets/x.py"\n```\n')
    assert page.blocks[0].code == '--8<-- "snippets/x.py"\n'


def test_blocks_have_their_kind(project):
    page = load(
        project,
        """\
        ```python title="Separate script: job.py"
        print(1)
        ```

        ```python
        x = 1
        ```

        ```bash
        echo
        ```

        ```js
        console.log(1)
        ```

        ```text
        shown
        ```
        """,
    )
    kinds = [(b.kind, b.script) for b in page.blocks]
    assert kinds == [
        ("script", "job.py"),
        ("program", None),
        ("shell", None),
        ("javascript", None),
        ("shown", None),
        ("setup", None),
    ]
    assert page.setup is page.blocks[-1]
    assert list(page.scripts) == ["job.py"]
    assert [b.kind for b in page.runnable] == [
        "script",
        "program",
        "shell",
        "javascript",
        "setup",
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_output_span_is_where_pytest_codeblocks_found_the_output(
    project, layout
):
    page = load(project, LAYOUTS[layout])
    block = page.program[0]
    lines = page.text.split("\n")
    span = block.output
    assert "expected-output" in lines[span.marker - 1]
    assert lines[span.open - 1].lstrip().startswith("```")
    assert lines[span.close - 1].strip().strip("`") == ""
    shown = [line.strip() for line in lines[span.open : span.close - 1]]
    assert "\n".join(shown) + "\n" == block.expected_output == "1\n"
    assert block.ignore_whitespace == (layout == "ignore-whitespace")


def test_figures_are_the_image_lines_right_under_the_block_or_its_output(
    project,
):
    page = load(
        project,
        """\
        ```python
        x = 1
        ```

        <!--pytest-codeblocks:expected-output-->
        ```text
        1
        ```

        ![A line.](figures/p-1.svg)

        ![](figures/p-2.svg)
        Text.

        ![Not right under a block.](figures/p-3.svg)

        ```python
        y = 2
        ```
        ![Under the code.](figures/p-4.svg)
        """,
    )
    first, second = page.program
    assert [(f.alt, f.path) for f in first.figures] == [
        ("A line.", "figures/p-1.svg"),
        ("", "figures/p-2.svg"),
    ]
    assert [f.path for f in second.figures] == ["figures/p-4.svg"]


def test_an_unclosed_fence_names_the_page(project):
    with pytest.raises(PageError, match="docs/p.md: Hit end-of-file"):
        load(project, "```python\nprint(1)\n", setup="")


def test_chapters_are_the_pages_with_a_setup_line(project):
    write(project, "docs/a.md", "# A\n" + SETUP)
    write(
        project, "docs/b.md", "# B\n\n```text\npython -m pip install x\n```\n"
    )
    write(
        project, "docs/c.md", "# C\n\n!!! tip\n" + SETUP.replace("\n", "\n    ")
    )
    found = pages.chapter_pages(project)
    assert [p.name for p in found] == ["a.md", "c.md"]


def test_included_snippets_are_every_file_a_page_includes(project):
    write(project, "snippets/a.py", "a = 1\n")
    write(project, "snippets/b.py", "b = 1\n")
    write(project, "docs/x.md", '```python\n--8<-- "snippets/a.py"\n```\n')
    write(project, "docs/sub/y.md", "no includes\n")
    assert pages.included_snippets(project) == {
        (project.root / "snippets/a.py").resolve()
    }
