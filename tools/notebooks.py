"""``make notebooks``: make the chapter notebooks from their pages, and execute
them.

A page in ``docs/`` is the one source of truth for its notebook. ``python
tools/notebooks.py [docs/<page>.md ...]`` turns each page that ``mkdocs.yml``
lists as ``notebooks/<page>.ipynb`` into ``docs/notebooks/<page>.ipynb``
(``notebook_model.build``), executes it in a temporary folder, in a kernel of a
new virtual environment that holds only ipykernel (its pip reads the
wheelhouse, so the notebook's first cell installs the rest), and saves it with
its outputs as the kernel printed them (TensorFlow's Python logger included:
in a kernel it prints INFO and above to stdout), less the standard-error
stream (the C++ runtime's start-up log, which the Setup section explains), so
that the site can render it without running it. The kernel's IPython start-up
files are ``tools/notebook_startup/*.py``. The page checker does not execute a
notebook again: ``notebookcheck.py`` proves it by the page's own run.

``--keep-outputs`` rebuilds the notebooks from their pages without executing
them, keeping each code cell's saved outputs; it refuses a notebook whose code
cells changed in more than their comments (``tools/comments.py``). For a
change to the text around the code made on another CPU than the pages'
(``cpu_outputs.py``), whose kernel would print other numbers.

``--keep-unchanged`` executes the notebooks as without options, then gives
each code cell whose code did not change (matched in order) its saved output
back, when what it printed now differs from that in numbers alone (else it
refuses, naming the cells): the changed and new cells show what this kernel
printed. For a change to
a page's code made on another CPU than the pages', where the changed cells
print the same on every CPU and the unchanged cells print on the pages'
machine what they printed before; the notebook check holds every cell to the
page's run, and the pages' machine checks the kept outputs by its own run.
"""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cpu_outputs
import nbformat
import readerenv
from comments import python_cell, without_comments
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from notebook_model import build
from pages import load_page
from project import Project

CELL_TIMEOUT_S = 600
KERNEL = "tfguide-reader"
STARTUP = Path(__file__).with_name("notebook_startup")


def notebook_pages(project: Project | None = None) -> dict[Path, Path]:
    """Each notebook that mkdocs.yml's nav lists, and its page."""
    return (project or Project.here()).notebook_pages()


def kernel(workdir: Path) -> Path:
    """A kernel in a new virtual environment holding only ipykernel, with the
    start-up files; returns the folder of its kernel spec.

    Its pip reads the wheelhouse, so the notebook's ``%pip install`` cell
    installs the rest.
    """
    home = workdir / ".kernel-env"
    subprocess.run(
        [readerenv.base_python(), "-m", "venv", str(home)], check=True
    )
    env = readerenv.pip_environment(home / "bin")
    python = home / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "ipykernel"],
        env=env,
        check=True,
    )
    ipython = workdir / ".ipython"
    startup = ipython / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    for source in sorted(STARTUP.glob("*.py")):
        shutil.copyfile(source, startup / source.name)
    kernels = workdir / ".jupyter" / "kernels"
    (kernels / KERNEL).mkdir(parents=True)
    launch = {
        k: v
        for k, v in env.items()
        if k.startswith(("PIP_", "PATH", "VIRTUAL_ENV"))
    }
    launch["IPYTHONDIR"] = str(ipython)
    (kernels / KERNEL / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    str(python),
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                ],
                "display_name": "Python 3 (reader environment)",
                "language": "python",
                "env": launch,
            }
        ),
        encoding="utf-8",
    )
    return kernels


def execute(
    notebook: nbformat.NotebookNode, workdir: Path
) -> nbformat.NotebookNode:
    """Run every cell in a reader-environment kernel with ``workdir`` as working
    directory.

    Raises nbclient's ``CellExecutionError``, which shows the failing cell and
    its traceback.
    """
    specs = KernelSpecManager(kernel_dirs=[str(kernel(workdir))])
    manager = KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=CELL_TIMEOUT_S,
        kernel_name=KERNEL,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = merge_streams(
                [o for o in cell.outputs if o.get("name") != "stderr"]
            )
    return notebook


def merge_streams(outputs: list) -> list:
    """Join consecutive pieces of one stream: how the kernel cut them up depends
    on timing.
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


def program(source: str) -> str:
    """A code cell's source as far as it can change what the cell prints: a
    Python cell without its comments."""
    return without_comments(source) if python_cell(source) else source


def with_saved_outputs(
    made: nbformat.NotebookNode, saved: nbformat.NotebookNode
) -> nbformat.NotebookNode | None:
    """``made`` with the outputs of ``saved``, if their code cells are the
    same (only the text around them, or comments, changed); else None."""
    code = [c for c in made.cells if c.cell_type == "code"]
    old = [c for c in saved.cells if c.cell_type == "code"]
    if [program(c.source) for c in code] != [program(c.source) for c in old]:
        return None
    for cell, before in zip(code, old, strict=True):
        cell.outputs = before.outputs
        cell.execution_count = before.get("execution_count")
        cell.id = before.get("id", cell.id)
    # the text cells keep their ids where they stay in their places
    for cell, before in zip(made.cells, saved.cells, strict=False):
        if cell.cell_type == before.cell_type == "markdown" and "id" in before:
            cell.id = before.id
    if "language_info" in saved.metadata:  # what the kernel reported
        made.metadata["language_info"] = saved.metadata["language_info"]
    return made


def numbers_only(fresh: list, saved: list) -> bool:
    """Whether a cell's fresh outputs differ from its saved ones in numbers
    alone: the same kinds of output, streams and formats, and text that
    differs in its numbers only (a figure's image may differ)."""
    if len(fresh) != len(saved):
        return False
    for now, before in zip(fresh, saved, strict=True):
        if now.output_type != before.output_type:
            return False
        if now.output_type == "stream":
            if now.name != before.name or not cpu_outputs.numbers_only(
                before.text, now.text
            ):
                return False
        elif now.output_type in ("display_data", "execute_result"):
            if now.data.keys() != before.data.keys():
                return False
            text = "text/plain"
            if text in now.data and not cpu_outputs.numbers_only(
                before.data[text], now.data[text]
            ):
                return False
        elif now != before:  # an error
            return False
    return True


def with_unchanged_outputs(
    executed: nbformat.NotebookNode, saved: nbformat.NotebookNode
) -> tuple[nbformat.NotebookNode, int]:
    """``executed`` with the outputs of ``saved`` in the code cells whose code
    is the same, matched in order; also how many cells kept theirs. Only
    numbers may differ between a kept output and what the cell printed now
    (what another CPU changes); any other difference, such as a cell that
    prints another text because an earlier cell changed or went, raises
    ValueError naming the cells. A changed number it cannot tell from the
    CPU's (an earlier cell that changed a value), nor a figure's image: the
    pages' machine's next run of the notebook check is what catches those."""
    code = [c for c in executed.cells if c.cell_type == "code"]
    old = [c for c in saved.cells if c.cell_type == "code"]
    matcher = difflib.SequenceMatcher(
        a=[c.source for c in old], b=[c.source for c in code], autojunk=False
    )
    kept, other = 0, []
    for match in matcher.get_matching_blocks():
        for k in range(match.size):
            cell, before = code[match.b + k], old[match.a + k]
            if not numbers_only(cell.outputs, before.outputs):
                first = cell.source.strip().splitlines()[0]
                other.append(f"code cell {match.b + k + 1} ({first!r})")
                continue
            cell.outputs = before.outputs
            cell.id = before.get("id", cell.id)
            kept += 1
    if other:
        raise ValueError(
            "unchanged code now prints other text than its saved output, "
            f"not other numbers only: {', '.join(other)}; run without "
            "--keep-unchanged on the pages' machine"
        )
    return executed, kept


def main(argv: list[str]) -> None:
    project = Project.here()
    keep = "--keep-outputs" in argv
    unchanged = "--keep-unchanged" in argv
    if keep and unchanged:
        sys.exit("--keep-outputs and --keep-unchanged exclude each other")
    argv = [a for a in argv if a not in ("--keep-outputs", "--keep-unchanged")]
    if not keep:
        readerenv.wheelhouse()
    chosen = {Path(a).resolve() for a in argv}
    for notebook_path, page in project.notebook_pages().items():
        if chosen and page.resolve() not in chosen:
            continue
        made = project.rel(notebook_path)
        notebook = build(load_page(project, page))
        if keep:
            if not notebook_path.exists():
                sys.exit(f"{made}: no saved notebook to keep outputs from")
            saved = nbformat.read(notebook_path, as_version=4)
            notebook = with_saved_outputs(notebook, saved)
            if notebook is None:
                sys.exit(
                    f"{made}: the page's code changed, so its outputs must "
                    "be made again: run without --keep-outputs"
                )
            print(f"rebuilt {made} from {project.rel(page)}, outputs kept")
        else:
            print(f"executing {project.rel(page)} as {made} ...", flush=True)
            with tempfile.TemporaryDirectory() as workdir:
                notebook = execute(notebook, Path(workdir))
            if unchanged and notebook_path.exists():
                saved = nbformat.read(notebook_path, as_version=4)
                try:
                    notebook, kept = with_unchanged_outputs(notebook, saved)
                except ValueError as error:
                    sys.exit(f"{made}: {error}")
                print(
                    f"{made}: {kept} unchanged code cell(s) kept their outputs"
                )
        notebook_path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, notebook_path)


if __name__ == "__main__":
    main(sys.argv[1:])
