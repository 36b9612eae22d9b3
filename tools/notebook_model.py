"""A chapter's notebook, made from its page model (without outputs).

The page's runnable Python blocks (snippets included) become code cells (a
separate script a ``%%writefile`` cell), its Setup line the first cell
``%pip install -q ...`` followed by a note on restarting the runtime, and the
text around them markdown cells: Material's admonitions become quotes, test
comments and figure lines are dropped (the notebook shows the figures its own
cells drew), links to other pages become absolute (they must work in Colab).
Expected-output blocks are dropped too: the executed notebook shows the real
outputs. Both ``make notebooks`` (``notebooks.py``) and the page checker's
notebook test (``notebookcheck.py``) build notebooks here.
"""

from __future__ import annotations

import re

import nbformat
from packaging.requirements import Requirement
from pages import FIGURE_LINE, SETUP_START, Page
from project import Project

_TEST_COMMENT = re.compile(r"^\s*<!--\s*pytest[-.].*-->\s*$")
_PAGE_LINK = re.compile(r"\]\((?!https?:|#)([\w/-]+)\.md(#[\w-]+)?\)")
_API_LINK = re.compile(r"\]\[(tfguide(?:\.\w+)+)\]")
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?) *(\w+)(?: +"([^"]*)")?\s*$')
_GRID = re.compile(r"^\s*(<div class=\"grid\" markdown>|</div>)\s*$")
# The notebook's "Tested with" line: the page's own comes from make compat's
# results, which change with every run; the notebook links to them instead of
# copying them.
TESTED_WITH = (
    "**Tested with:** the runtimes on the "
    "[Compatibility](compatibility.md) page.<br>"
)


def plain_markdown(lines: list[str]) -> list[str]:
    """Turn Material's admonitions into quotes and drop its grid wrappers, the
    test comments and the figure lines, for Jupyter.
    """
    lines = [
        line
        for line in lines
        if not (
            _GRID.match(line)
            or _TEST_COMMENT.match(line)
            or FIGURE_LINE.match(line)
        )
    ]
    out: list[str] = []
    inside = False
    for number, line in enumerate(lines):
        following = next(
            (later for later in lines[number + 1 :] if later.strip()), ""
        )
        if match := _ADMONITION.match(line):
            out.append(f"> **{match[2] or match[1].capitalize()}**")
            inside = True
        elif inside and line.startswith("    "):
            out.append(f"> {line[4:]}".rstrip())
        elif inside and not line.strip() and following.startswith("    "):
            out.append(">")
        else:
            inside = False
            out.append(line)
    return out


def markdown_text(lines: list[str], site_url: str) -> str:
    """Page text for a markdown cell, with the site's links made absolute."""
    text = "\n".join(plain_markdown(lines)).strip("\n")
    text = _PAGE_LINK.sub(lambda m: f"]({site_url}{m[1]}/{m[2] or ''})", text)
    return _API_LINK.sub(lambda m: f"]({site_url}reference/#{m[1]})", text)


def restart_note(project: Project) -> str:
    """What the install cell means for a runtime that already has TensorFlow.

    Google Colab's versions are the pins of the ``colab`` runtime in
    pyproject.toml; whether the install keeps them depends on tfguide's
    requirement ranges there too.
    """
    pins = [Requirement(pin) for pin in project.declared("colab")["pins"]]
    ranges = {
        Requirement(dep).name: Requirement(dep).specifier
        for dep in project.dependencies()
    }
    versions = {
        pin.name: str(next(iter(pin.specifier)).version) for pin in pins
    }
    display = {"tensorflow": "TensorFlow", "keras": "Keras"}
    named = " and ".join(
        f"{display.get(name, name)} {version}"
        for name, version in versions.items()
    )
    kept = all(
        ranges[name].contains(version, prereleases=True)
        for name, version in versions.items()
        if name in ranges
    )
    after = (
        "Where the install does replace an installed TensorFlow or Keras, "
        "restart the runtime (in Colab: Runtime > Restart session) before you "
        "run the next cell: a running Python keeps the version it imported "
        "first."
    )
    if kept:
        return (
            f"Google Colab comes with {named}, which are among the versions "
            "`tfguide` supports (the Compatibility page lists them), so there "
            "this cell adds `tfguide` and leaves them in place: no restart is "
            f"needed. {after}"
        )
    return (
        f"Google Colab comes with {named}, outside the versions `tfguide` "
        f"supports, so there this cell replaces them. {after}"
    )


GPU_NOTE = (
    "This notebook asks Colab for a GPU runtime (Runtime > Change runtime "
    "type shows it). Without a GPU every cell still runs, on the CPU, and "
    "prints what the page shows: the page's outputs were printed on a machine "
    "without a GPU. With one, the cells that list or use devices print the "
    "GPU instead; the page says what changes where it matters."
)


def install_cell(setup_code: str) -> str:
    """The notebook's first code cell for a page's Setup line: the same pip
    command.
    """
    command = setup_code.strip().removeprefix(SETUP_START).strip()
    return f"%pip install -q {command}"


def build(page: Page) -> nbformat.NotebookNode:
    """The notebook for a page, without outputs."""
    project = page.project
    site_url = project.site_url
    lines = page.text.split("\n")
    compat = project.docs / "compat"
    # make compat rewrites these; link instead
    for number, origin in enumerate(page.origins):
        if origin.path.is_relative_to(compat) and lines[number].strip():
            indent = lines[number][
                : len(lines[number]) - len(lines[number].lstrip())
            ]
            lines[number] = f"{indent}{TESTED_WITH}"
    cells = []
    cursor = 0  # the index of the first line not yet in a cell
    for block in page.blocks:
        if block.setup:
            code = install_cell(block.code)
        elif block.language != "python" or block.skip_reason is not None:
            continue  # stays in the text: shown, not run, as on the page
        elif block.script:
            code = f"%%writefile {block.script}\n{block.code.rstrip()}"
        else:
            code = block.code.rstrip("\n")
        if text := markdown_text(lines[cursor : block.fence - 1], site_url):
            cells.append(nbformat.v4.new_markdown_cell(text))
        cells.append(nbformat.v4.new_code_cell(code))
        if block.setup:
            cells.append(nbformat.v4.new_markdown_cell(restart_note(project)))
        cursor = block.close
        if block.output is not None:
            # text between the marker and the output's fence stays
            between = lines[block.output.marker : block.output.open - 1]
            if text := markdown_text(between, site_url):
                cells.append(nbformat.v4.new_markdown_cell(text))
            cursor = block.output.close
    if text := markdown_text(lines[cursor:], site_url):
        cells.append(nbformat.v4.new_markdown_cell(text))
    gpu = page.path.resolve() in {
        path.resolve() for path in project.gpu_notebooks()
    }
    if gpu:
        # after the install cell's restart note
        first = next(n for n, c in enumerate(cells) if c.cell_type == "code")
        cells.insert(first + 2, nbformat.v4.new_markdown_cell(GPU_NOTE))
    notebook = nbformat.v4.new_notebook(cells=cells)
    # for contributors, not on a reader's screen
    notebook.metadata["tfguide"] = {
        "generated_from": page.rel,
        "by": "make notebooks",
        "edit": "the page, then run make notebooks",
    }
    if gpu:
        # what Colab reads to open a notebook on a GPU runtime
        notebook.metadata["accelerator"] = "GPU"
        notebook.metadata["colab"] = {"gpuType": "T4"}
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


# A Jupyter or Colab kernel is an interactive session: there TensorFlow's
# Python logger prints INFO and above, to stdout; in a script it prints WARNING
# and above, to stderr (tf_logging.get_logger), which the page's run copies into
# the block's output (run_page.py). A logged line names where it was logged (a
# snippet on the page, a cell's temporary file in a kernel) and objects by
# address, so the notebook's comparison leaves the loggers' lines out on both
# sides; the page's own comparison checks them.
_LOGGED = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL):(tensorflow|absl):")


def without_logged(output: str, logged: list[str]) -> str:
    """A block's output less the lines its run copied from the loggers."""
    for record in logged:
        output = output.replace(record + "\n", "", 1)
    return output


def script_view(cell_output: str, logged: list[str]) -> str:
    """A cell's printed output less what the loggers printed: each INFO line,
    and for the n-th WARNING-or-above record as many lines as the page's run
    logged for its n-th record.
    """
    sizes = [record.count("\n") + 1 for record in logged]
    lines = cell_output.splitlines(keepends=True)
    kept: list[str] = []
    index = 0
    while index < len(lines):
        match = _LOGGED.match(lines[index])
        if not match:
            kept.append(lines[index])
            index += 1
        elif match[1] in {"DEBUG", "INFO"}:
            index += 1
        else:
            index += sizes.pop(0) if sizes else 1
    return "".join(kept)


def source_cells(notebook: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def program_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """What each cell of the page's program printed: the install and
    %%writefile cells left out.
    """
    return [
        "".join(
            o.text
            for o in cell.outputs
            if o.output_type == "stream" and o.name == "stdout"
        )
        for cell in notebook.cells
        if cell.cell_type == "code"
        and not cell.source.startswith(("%pip", "%%writefile"))
    ]
