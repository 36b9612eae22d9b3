"""A page's notebook (tools/notebook_model.py), built from a page written
into a temporary project.
"""

import notebook_model
import pytest
import tinyrepo

project = tinyrepo.project_fixture
PYPROJECT = """
[project]
dependencies = ["tensorflow>=2.19,<2.23", "keras>=3.13"]

[[tool.tfguide.runtimes]]
id = "colab"
pins = ["tensorflow==2.20.0", "keras==3.13.2"]
"""
PAGE = """\
# Title

Intro with a [link](other.md#part) and [`f`][tfguide.data.f].

!!! note "Heads up"

    Inside the note.

## Setup

```bash
python -m pip install "tfguide==0.2.*"
```

```python title="Separate script: job.py"
print("job")
```

```python
print(1)
```

<!--pytest-codeblocks:expected-output-->
The output:

```text
1
```

![A line.](figures/p-1.svg)

<!--pytest.mark.skip(reason="slow")-->
```bash
python job.py
```

The end.
"""


@pytest.fixture
def notebook(project):
    (project.root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return notebook_model.build(tinyrepo.load(project, PAGE, setup=""))


def test_the_cells_are_the_pages_blocks_and_text(notebook):
    cells = [(cell.cell_type, cell.source) for cell in notebook.cells]
    assert [kind for kind, _ in cells] == [
        "markdown",  # the title, the introduction, the Setup heading
        "code",
        "markdown",  # the restart note
        "code",
        "code",
        "markdown",  # the text between the output marker and its fence
        "markdown",
    ]
    assert cells[0][1].endswith("## Setup")
    assert cells[1][1] == '%pip install -q "tfguide==0.2.*"'
    assert cells[2][1].startswith(
        "Google Colab comes with TensorFlow 2.20.0 and Keras 3.13.2, which "
        "are among the versions"
    )
    assert cells[3][1] == '%%writefile job.py\nprint("job")'
    assert cells[4][1] == "print(1)"
    assert cells[5][1] == "The output:"
    assert cells[6][1].startswith("```bash\npython job.py\n```")


def test_where_it_comes_from_is_metadata_not_a_cell(notebook):
    assert notebook.metadata["tfguide"]["generated_from"] == "docs/p.md"
    assert not any("make notebooks" in c.source for c in notebook.cells)
    assert "accelerator" not in notebook.metadata


def test_a_gpu_chapter_asks_colab_for_a_gpu_and_says_what_without(project):
    (project.root / "pyproject.toml").write_text(
        PYPROJECT + '\n[tool.tfguide.notebooks]\ngpu = ["docs/p.md"]\n',
        encoding="utf-8",
    )
    made = notebook_model.build(tinyrepo.load(project, PAGE, setup=""))
    assert made.metadata["accelerator"] == "GPU"
    assert made.metadata["colab"] == {"gpuType": "T4"}
    kinds = [cell.cell_type for cell in made.cells]
    assert kinds[1:4] == ["code", "markdown", "markdown"]
    assert made.cells[3].source == notebook_model.GPU_NOTE
    assert "Without a GPU every cell still runs" in made.cells[3].source


def test_markdown_is_made_for_jupyter(notebook):
    text = notebook.cells[0].source
    assert "[link](https://example.org/t/other/#part)" in text
    assert "[`f`](https://example.org/t/reference/#tfguide.data.f)" in text
    assert "> **Heads up**\n>\n> Inside the note." in text
    last = notebook.cells[-1].source
    assert "pytest.mark" not in last and "figures/p-1.svg" not in last
    assert last.endswith("The end.")


def test_the_restart_note_says_when_colab_is_outside_the_range(project):
    (project.root / "pyproject.toml").write_text(
        PYPROJECT.replace("<2.23", "<2.20"), encoding="utf-8"
    )
    note = notebook_model.restart_note(project)
    assert "outside the versions `tfguide` supports" in note


def test_program_outputs_leave_out_the_install_and_writefile_cells():
    notebook = notebook_model.nbformat.v4.new_notebook(
        cells=[
            notebook_model.nbformat.v4.new_code_cell("%pip install x"),
            notebook_model.nbformat.v4.new_code_cell("%%writefile a.py\n"),
            notebook_model.nbformat.v4.new_code_cell("print(1)"),
        ]
    )
    notebook.cells[2].outputs = [
        notebook_model.nbformat.v4.new_output(
            "stream", name="stdout", text="1\n"
        ),
        notebook_model.nbformat.v4.new_output(
            "stream", name="stderr", text="w"
        ),
    ]
    assert notebook_model.program_outputs(notebook) == ["1\n"]
