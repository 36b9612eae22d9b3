"""make notebooks (tools/notebooks.py): the kernel it makes and the outputs it
keeps. Executing a notebook takes minutes; `make notebooks` does it.
"""

import json

import nbformat
import notebooks
import pytest


def test_the_kernel_gets_the_startup_files_and_its_own_ipython_folder(
    tmp_path, monkeypatch
):
    ran = []
    monkeypatch.setattr(
        notebooks.subprocess, "run", lambda *a, **k: ran.append(a[0])
    )
    kernels = notebooks.kernel(tmp_path)
    assert [str(c[-1]) for c in ran] == [
        str(tmp_path / ".kernel-env"),
        "ipykernel",
    ]
    spec = json.loads((kernels / notebooks.KERNEL / "kernel.json").read_text())
    assert spec["env"]["IPYTHONDIR"] == str(tmp_path / ".ipython")
    assert spec["env"]["PIP_NO_INDEX"] == "1"
    assert spec["argv"][0] == str(tmp_path / ".kernel-env/bin/python")
    startup = tmp_path / ".ipython/profile_default/startup"
    assert sorted(p.name for p in startup.iterdir()) == [
        "01_figure_alt_text.py",
    ]


def test_the_startup_files_compile():
    files = sorted(notebooks.STARTUP.glob("*.py"))
    assert len(files) == 1
    for file in files:
        compile(file.read_text(encoding="utf-8"), str(file), "exec")


def test_pieces_of_one_stream_are_joined():
    new = nbformat.v4.new_output
    merged = notebooks.merge_streams(
        [
            new("stream", name="stdout", text="a"),
            new("stream", name="stdout", text="b\n"),
            new("display_data", data={"text/plain": "x"}),
            new("stream", name="stdout", text="c\n"),
        ]
    )
    assert [o.get("text") for o in merged] == ["ab\n", None, "c\n"]


def test_the_notebooks_are_the_ones_the_nav_lists():
    pairs = notebooks.notebook_pages()
    assert len(pairs) > 5
    assert all(nb.suffix == ".ipynb" and p.exists() for nb, p in pairs.items())


def test_keep_outputs_takes_the_saved_outputs_only_for_the_same_code():
    v4 = nbformat.v4
    saved = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("old text"),
            v4.new_code_cell(
                "print(1)",
                execution_count=1,
                outputs=[v4.new_output("stream", name="stdout", text="1\n")],
            ),
        ],
        metadata={"language_info": {"name": "python", "version": "3.11.7"}},
    )
    made = v4.new_notebook(
        cells=[v4.new_markdown_cell("new text"), v4.new_code_cell("print(1)")]
    )
    kept = notebooks.with_saved_outputs(made, saved)
    assert kept.cells[0].source == "new text"
    assert kept.cells[1].outputs[0].text == "1\n"
    assert kept.metadata["language_info"]["version"] == "3.11.7"
    changed = v4.new_notebook(cells=[v4.new_code_cell("print(2)")])
    assert notebooks.with_saved_outputs(changed, saved) is None
    commented = v4.new_notebook(
        cells=[v4.new_code_cell("# the number\nprint(1)  # one")]
    )
    kept = notebooks.with_saved_outputs(commented, saved)
    assert kept.cells[0].source == "# the number\nprint(1)  # one"
    assert kept.cells[0].outputs[0].text == "1\n"


def test_keep_unchanged_gives_back_saved_outputs_that_differ_in_numbers_only():
    v4 = nbformat.v4

    def cell(code, text):
        out = (
            [v4.new_output("stream", name="stdout", text=text)] if text else []
        )
        return v4.new_code_cell(code, outputs=out)

    saved = v4.new_notebook(
        cells=[
            cell("a()", "loss 0.25\n"),
            cell("b()", "b before\n"),
            cell("c()", "c 1.5\n"),
        ]
    )
    executed = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("text"),
            cell("a()", "loss 0.26\n"),
            cell("new()", ""),
            cell("b2()", "b now\n"),
            cell("c()", "c 1.7\n"),
        ]
    )
    kept, count = notebooks.with_unchanged_outputs(executed, saved)
    code = [c for c in kept.cells if c.cell_type == "code"]
    assert count == 2
    assert [c.outputs[0].text if c.outputs else None for c in code] == [
        "loss 0.25\n",
        None,
        "b now\n",
        "c 1.5\n",
    ]


def test_keep_unchanged_refuses_an_unchanged_cell_that_prints_other_text():
    """A deleted cell changes what a later, unchanged cell prints: its saved
    output would be stale, so nothing is kept."""
    v4 = nbformat.v4

    def cell(code, text):
        out = [v4.new_output("stream", name="stdout", text=text)]
        return v4.new_code_cell(code, outputs=out)

    saved = v4.new_notebook(
        cells=[cell("x()", "one\n"), cell("inc()", "\n"), cell("x()", "two\n")]
    )
    executed = v4.new_notebook(
        cells=[cell("x()", "one\n"), cell("x()", "one\n")]
    )
    with pytest.raises(ValueError, match="other numbers only: code cell 2 "):
        notebooks.with_unchanged_outputs(executed, saved)
