"""The page's notebook, proved by the page's own run: same cells, same printed
outputs, less the lines of TensorFlow's and absl's loggers (a kernel prints
INFO lines a script does not, and names other files; ``notebook_model``).

``make notebooks`` executed the saved notebook in a kernel of its own; this
test does not execute it again. The notebook's cells are the page's blocks
(checked), so the page's run in the reader environment is a run of the
notebook's code; what each cell printed when it was executed must be what the
page's block printed now (on another machine than the page's, where the block
printed what that machine recorded, ``cpu_outputs.py``: what the page shows, so
that notebooks are made on the page's machine and proved on both). The
item is a child of the page's ``PageFile`` (``pagecheck.py``), so that with
``--dist loadfile`` it runs on the worker that has the page's run.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import notebook_model
import outputs
import pytest
from runner import BlockFailure


def items(page_file: pytest.File) -> list[pytest.Item]:
    """The notebook test of a page, if mkdocs.yml's nav lists its notebook."""
    page = page_file.page
    for notebook, source in page.project.notebook_pages().items():
        if source == page.path:
            return [
                NotebookItem.from_parent(
                    page_file, name=notebook.name, notebook=notebook
                )
            ]
    return []


class NotebookItem(pytest.Item):
    def __init__(self, *, notebook: Path, **kwargs) -> None:
        super().__init__(**kwargs)
        self.notebook = notebook

    def runtest(self) -> None:
        try:
            self.check()
        finally:
            self.parent.report_timing(self)

    def check(self) -> None:
        parent = self.parent
        page = parent.page
        where = f"{page.project.rel(self.notebook)} (made from {page.rel})"
        if not self.notebook.exists():
            raise BlockFailure(f"{where}: missing; run `make notebooks`")
        saved = nbformat.read(self.notebook, as_version=4)
        made = notebook_model.build(page)
        # the same cells: the first installs what the Setup line does, too
        if notebook_model.source_cells(saved) != notebook_model.source_cells(
            made
        ):
            raise BlockFailure(
                f"{where}: the page changed since the notebook was made; run "
                "`make notebooks`"
            )
        errors = [
            output
            for cell in saved.cells
            if cell.cell_type == "code"
            for output in cell.outputs
            if output.output_type == "error"
        ]
        if errors:
            raise BlockFailure(
                f"{where}: the saved notebook shows an error: {errors[0].ename}"
            )
        run = parent.page_run()
        if run.failed is not None or len(run.blocks) < len(page.program):
            raise BlockFailure(
                f"{where}: not checked, because the page's program failed"
            )
        printed = notebook_model.program_outputs(saved)
        for block, shown in zip(page.program, printed, strict=True):
            logged = run.blocks[block].logged
            shown = notebook_model.script_view(shown, logged)
            ran = self.as_on_page_machine(block, run.blocks[block].output)
            ran = notebook_model.without_logged(ran, logged)
            if shown != ran:
                diff = outputs.diff(
                    shown,
                    ran,
                    "shown in the notebook",
                    "printed by the page now",
                )
                raise BlockFailure(
                    f"{where}: the cell of the block at line {block.line} "
                    "shows other output than the page's run; run `make "
                    f"notebooks`\n\n{diff}"
                )

    def as_on_page_machine(self, block, ran: str) -> str:
        """What the block printed, as the page's machine printed it: on another
        machine, where the block printed what that machine recorded
        (cpu_outputs.py), the page's own output, which the notebook made on
        the page's machine shows."""
        parent = self.parent
        if ran == parent.recorded(block).get("output"):
            return block.expected_output or ""
        return ran

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, BlockFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.notebook, None, self.parent.page.project.rel(self.notebook)
