"""Make the chapter notebooks from their pages, and execute them.

A page in ``docs/`` is the one source of truth for its notebook. ``make
notebooks`` (or ``python tools/notebooks.py``) turns each page that
``mkdocs.yml`` lists as ``notebooks/<page>.ipynb`` into
``docs/notebooks/<page>.ipynb``: the page's runnable Python blocks (snippets
included) become code cells, the text around them markdown cells, and the
expected-output blocks are dropped, because the executed notebook shows the real
outputs. The notebook is then executed in a temporary folder and saved with its
outputs, less the standard-error stream (TensorFlow's start-up log), so that the
site can render it without running it. ``tests/test_notebooks.py`` checks that
each saved notebook matches its page and re-executes it.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import nbformat
import readerenv
from mkdocs.utils.yaml import yaml_load
from nbclient import NotebookClient
from packaging.requirements import Requirement
from pagecheck import (
    FIGURE_LINE,
    ROOT,
    SETUP_START,
    check_marks,
    expand,
    is_setup,
    is_skipped,
    language,
    rel,
    separate_script,
)
from pytest_codeblocks import extract_from_buffer

NOTEBOOKS = ROOT / "docs" / "notebooks"
CELL_TIMEOUT_S = 600
_TEST_COMMENT = re.compile(r"^\s*<!--\s*pytest[-.].*-->\s*$")
_OUTPUT_MARKER = re.compile(
    r"^\s*<!--pytest-codeblocks:expected-output(-ignore-whitespace)?-->\s*$"
)


def _nav_entries(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [entry for item in nav for entry in _nav_entries(item)]
    if isinstance(nav, dict):
        return [
            entry for value in nav.values() for entry in _nav_entries(value)
        ]
    return []


def notebook_pages() -> dict[Path, Path]:
    """Map each notebook that mkdocs.yml's nav lists to the page it is made from."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
        nav = yaml_load(handle).get("nav", [])
    found = {}
    for entry in _nav_entries(nav):
        if entry.startswith("notebooks/") and entry.endswith(".ipynb"):
            notebook = ROOT / "docs" / entry
            found[notebook] = ROOT / "docs" / f"{notebook.stem}.md"
    return found


@cache
def _site_url() -> str:
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml_load(handle)["site_url"].rstrip("/") + "/"


_PAGE_LINK = re.compile(r"\]\((?!https?:|#)([\w/-]+)\.md(#[\w-]+)?\)")
_API_LINK = re.compile(r"\]\[(tfguide(?:\.\w+)+)\]")


_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?) *(\w+)(?: +"([^"]*)")?\s*$')
_GRID = re.compile(r"^\s*(<div class=\"grid\" markdown>|</div>)\s*$")


def _plain_markdown(lines: list[str]) -> list[str]:
    """Turn Material's admonitions into quotes and drop its grid wrappers, for
    Jupyter.
    """
    # figure lines go too: the notebook shows the figure its own cell drew
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


def _markdown(lines: list[str]) -> str:
    """Page text for a markdown cell: test comments dropped, site links made
    absolute.
    """
    text = "\n".join(_plain_markdown(lines)).strip("\n")
    site = _site_url()
    text = _PAGE_LINK.sub(lambda m: f"]({site}{m[1]}/{m[2] or ''})", text)
    return _API_LINK.sub(lambda m: f"]({site}reference/#{m[1]})", text)


def restart_note() -> str:
    """What the install cell means for a runtime that already has TensorFlow,
    from the data.

    Google Colab's versions are the pins of the ``colab`` runtime in
    pyproject.toml; whether the install keeps them depends on tfguide's
    requirement ranges there too.
    """
    import compat

    pins = [Requirement(pin) for pin in compat.declared("colab")["pins"]]
    ranges = {
        Requirement(dep).name: Requirement(dep).specifier
        for dep in compat.project_dependencies()
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
        "Where the install does replace an installed TensorFlow or Keras, restart the runtime "
        "(in Colab: Runtime > Restart session) before you run the next cell: a running Python "
        "keeps the version it imported first."
    )
    if kept:
        return (
            f"Google Colab comes with {named}, which are among the versions `tfguide` supports "
            "(the Compatibility page lists them), so there this cell adds `tfguide` and leaves them "
            f"in place: no restart is needed. {after}"
        )
    return (
        f"Google Colab comes with {named}, outside the versions `tfguide` supports, so there this "
        f"cell replaces them. {after}"
    )


# The notebook's "Tested with" line: the page's own comes from make compat's
# results, which change with every run; the notebook links to them instead of
# copying them.
TESTED_WITH = "**Tested with:** the runtimes on the [Compatibility](compatibility.md) page.<br>"


def install_cell(setup_code: str) -> str:
    """The notebook's first code cell for a page's Setup line: the same pip
    command.
    """
    return (
        "%pip install -q "
        + setup_code.strip().removeprefix(SETUP_START).strip()
    )


def build(page: Path) -> nbformat.NotebookNode:
    """The notebook for ``page``, without outputs."""
    expanded = expand(page)
    lines = expanded.text.split("\n")
    compat = ROOT / "docs" / "compat"
    # make compat rewrites these; link instead
    for number, origin in enumerate(expanded.origins):
        if origin.path.is_relative_to(compat) and lines[number].strip():
            indent = lines[number][
                : len(lines[number]) - len(lines[number].lstrip())
            ]
            lines[number] = f"{indent}{TESTED_WITH}"
    cells = []
    cursor = 0
    setup_done = False
    for block in extract_from_buffer(io.StringIO(expanded.text)):
        if not setup_done and is_setup(block):
            code, setup_done = install_cell(block.code), True
        elif language(block) != "python" or is_skipped(
            check_marks(expanded, block)
        ):
            continue  # stays in the text: shown, not run, as on the page
        elif name := separate_script(block):
            code = f"%%writefile {name}\n{block.code.rstrip()}"
        else:
            code = block.code.rstrip("\n")
        start = block.lineno - 1
        close = start + len(block.code.splitlines()) + 1
        if text := _markdown(lines[cursor:start]):
            cells.append(nbformat.v4.new_markdown_cell(text))
        cells.append(nbformat.v4.new_code_cell(code))
        if code.startswith("%pip"):
            cells.append(nbformat.v4.new_markdown_cell(restart_note()))
        cursor = close + 1
        if block.expected_output is not None:
            marker = next(
                i
                for i in range(cursor, len(lines))
                if _OUTPUT_MARKER.match(lines[i])
            )
            fence = next(
                i for i in range(marker + 1, len(lines)) if lines[i].strip()
            )
            ticks = re.match(r"`+", lines[fence].strip()).group(0)
            end = next(
                i
                for i in range(fence + 1, len(lines))
                if lines[i].strip().startswith(ticks)
            )
            cursor = end + 1
    if text := _markdown(lines[cursor:]):
        cells.append(nbformat.v4.new_markdown_cell(text))
    note = f"*This notebook is generated from `{rel(page)}` by `make notebooks`; edit the page.*"
    # after the title and introduction
    cells.insert(1, nbformat.v4.new_markdown_cell(note))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def kernel(workdir: Path) -> str:
    """A kernel in a new virtual environment holding only ipykernel; returns its
    name.

    Its pip reads the wheelhouse, so the notebook's ``%pip install`` cell
    installs the rest.
    """
    home = workdir / ".kernel-env"
    subprocess.run(
        [readerenv.base_python(), "-m", "venv", str(home)], check=True
    )
    env = readerenv.pip_environment(home / "bin")
    subprocess.run(
        [
            home / "bin" / "python",
            "-m",
            "pip",
            "install",
            "--quiet",
            "ipykernel",
        ],
        env=env,
        check=True,
    )
    spec = workdir / ".jupyter" / "kernels" / "tfguide-reader"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    str(home / "bin" / "python"),
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                ],
                "display_name": "Python 3 (reader environment)",
                "language": "python",
                "env": {
                    k: v
                    for k, v in env.items()
                    if k.startswith(("PIP_", "PATH", "VIRTUAL_ENV"))
                },
            }
        ),
        encoding="utf-8",
    )
    return "tfguide-reader"


# A kernel start-up file: each figure the inline backend shows carries, in its
# output's metadata, an alt text that says what it shows (chart titles, lines,
# axes), made from the figure itself. docs/hooks/notebooks.py puts it on the
# image of the notebook's page. The kernel starts before the notebook's first
# cell installs matplotlib, so the patch is made before the first cell that runs
# once matplotlib is there.
_FIGURE_ALT_TEXT = """
def _patch_inline_backend(*_):
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        return  # not installed yet: the notebook's %pip cell installs it; try before the next cell
    from matplotlib_inline import backend_inline

    get_ipython().events.unregister("pre_run_cell", _patch_inline_backend)

    def trend(line, xname):
        xs, ys = list(line.get_xdata()), list(line.get_ydata())
        text = f"{line.get_label()} from {ys[0]:.3g} to {ys[-1]:.3g}"
        for word, index in (("lowest", ys.index(min(ys))), ("highest", ys.index(max(ys)))):
            if 0 < index < len(ys) - 1:
                text += f" ({word} {ys[index]:.3g} at {xname} {xs[index]:g})"
        return text

    def describe(figure):
        charts = []
        for axes in figure.get_axes():
            lines = [l for l in axes.get_lines() if not l.get_label().startswith("_")]
            xname = axes.get_xlabel() or "x"
            chart = f'Line chart "{axes.get_title()}"' if axes.get_title() else "Line chart"
            xs = [x for line in lines for x in line.get_xdata()]
            if xs:
                chart += f" over {xname} {min(xs):g} to {max(xs):g}"
            if axes.get_yscale() == "log":
                chart += ", logarithmic y axis"
            if lines:
                chart += ": " + "; ".join(trend(line, xname) for line in lines)
            charts.append(chart + ".")
        count = {1: "One chart.", 2: "Two charts side by side."}.get(len(charts), f"{len(charts)} charts.")
        return " ".join([count, *charts])

    fetch = backend_inline._fetch_figure_metadata

    def with_alt_text(figure):
        metadata = dict(fetch(figure) or {})
        metadata["alt"] = describe(figure)
        return metadata

    backend_inline._fetch_figure_metadata = with_alt_text


get_ipython().events.register("pre_run_cell", _patch_inline_backend)
"""


def execute(
    notebook: nbformat.NotebookNode, workdir: Path
) -> nbformat.NotebookNode:
    """Run every cell in a reader-environment kernel with ``workdir`` as working
    directory.

    Raises nbclient's ``CellExecutionError``, which shows the failing cell and
    its traceback.
    """
    # In a kernel, TensorFlow's Python logger writes to stdout (it takes the
    # session for an interactive one). A root handler on stderr makes it log
    # there, as it does in a script, so that its messages (with addresses and
    # temporary paths) stay out of the outputs.
    startup = workdir / ".ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-log-to-stderr.py").write_text(
        "import logging, sys\nlogging.getLogger().addHandler(logging.StreamHandler(sys.stderr))\n",
        encoding="utf-8",
    )
    (startup / "01-figure-alt-text.py").write_text(
        _FIGURE_ALT_TEXT, encoding="utf-8"
    )
    name = kernel(workdir)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_S,
        kernel_name=name,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    settings = {
        "IPYTHONDIR": str(workdir / ".ipython"),
        "JUPYTER_PATH": str(workdir / ".jupyter"),
    }
    previous = {key: os.environ.get(key) for key in settings}
    os.environ.update(settings)
    try:
        client.execute()
    finally:
        for key, value in previous.items():
            if value is None:
                del os.environ[key]
            else:
                os.environ[key] = value
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = _merge_streams(
                [o for o in cell.outputs if o.get("name") != "stderr"]
            )
    return notebook


def _merge_streams(outputs: list) -> list:
    """Join consecutive pieces of one stream: how the kernel cut them up depends on
    timing.
    """
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.output_type == "stream"
            and previous is not None
            and previous.output_type == "stream"
            and previous.name == output.name
        ):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


def source_cells(notebook: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def program_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """What each cell of the page's program printed: the install and %%writefile
    cells left out.
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


def main(argv: list[str]) -> None:
    readerenv.wheelhouse()
    pages = notebook_pages()
    chosen = {Path(a).resolve() for a in argv}
    NOTEBOOKS.mkdir(parents=True, exist_ok=True)
    for notebook_path, page in pages.items():
        if chosen and page.resolve() not in chosen:
            continue
        print(f"executing {rel(page)} as {rel(notebook_path)} ...", flush=True)
        with tempfile.TemporaryDirectory() as workdir:
            notebook = execute(build(page), Path(workdir))
        nbformat.write(notebook, notebook_path)


if __name__ == "__main__":
    main(sys.argv[1:])
