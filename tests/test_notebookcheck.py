"""The notebook test (tools/notebookcheck.py): a saved notebook is proved by
its page's run, and each way it can disagree fails, naming the notebook.
"""

import nbformat
import notebook_model
import tinyrepo
from pages import load_page
from project import Project
from tinyrepo import run

tiny_repo = tinyrepo.fixture
PYPROJECT = """
[project]
dependencies = ["tensorflow>=2.19"]

[[tool.tfguide.runtimes]]
id = "colab"
pins = ["tensorflow==2.20.0"]
"""
PAGES = {
    "missing": "print(1)",
    "stale": "print(1)",
    "error": "print(1)",
    "failing": "raise ValueError('broken')",
    "other": "print(1)",
    "good": "print(1)",
}


def test_each_way_a_notebook_disagrees_with_its_page_fails(pytester, tiny_repo):
    with open(pytester.path / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write(PYPROJECT)
    nav = "".join(f"  - {name}: notebooks/{name}.ipynb\n" for name in PAGES)
    (pytester.path / "mkdocs.yml").write_text(
        tinyrepo.MKDOCS.replace("\n    ", "\n").strip() + "\nnav:\n" + nav,
        encoding="utf-8",
    )
    output = "<!--pytest-codeblocks:expected-output-->\n'''\n1\n'''\n"
    for name, code in PAGES.items():
        shown = output if code == "print(1)" else ""
        tiny_repo(
            f"docs/{name}.md", f"# {name}\n\n'''python\n{code}\n'''\n\n{shown}"
        )
    project = Project(pytester.path)
    (project.docs / "notebooks").mkdir()
    for name, code in PAGES.items():
        if name == "missing":
            continue
        notebook = notebook_model.build(
            load_page(project, project.docs / f"{name}.md")
        )
        program = next(c for c in notebook.cells if c.source == code)
        printed = {
            "other": "2\n",
            # a kernel's TensorFlow logger prints INFO lines; a script does not
            "good": "INFO:tensorflow:only in a kernel\n1\n",
        }.get(name, "1\n")
        program.outputs = [
            nbformat.v4.new_output("stream", name="stdout", text=printed)
        ]
        if name == "stale":
            program.source = "print(0)"
        if name == "error":
            program.outputs.append(
                nbformat.v4.new_output(
                    "error", ename="ValueError", evalue="x", traceback=[]
                )
            )
        nbformat.write(notebook, project.docs / "notebooks" / f"{name}.ipynb")
    result = run(pytester, "-k", "ipynb", "-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=5, deselected=12)
    made = "docs/notebooks/{0}.ipynb (made from docs/{0}.md): "
    result.stdout.fnmatch_lines_random(
        [
            made.format("missing") + "missing; run `make notebooks`",
            made.format("stale") + "the page changed since the notebook was "
            "made; run `make notebooks`",
            made.format("error")
            + "the saved notebook shows an error: ValueError",
            made.format("failing") + "not checked, because the page's program "
            "failed",
            made.format("other")
            + "the cell of the block at line 3 shows other "
            "output than the page's run; run `make notebooks`",
            "-2",
            "+1",
        ]
    )
