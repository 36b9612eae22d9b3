"""A tiny repository (mkdocs.yml, docs/, snippets/) for the page checker's
tests, run by pytest with the pagecheck plugin, as `make test` runs it on the
real pages (``run``: in this process; ``run_isolated``: in a subprocess).

A test module takes the fixture ``tiny_repo`` with
``tiny_repo = tinyrepo.fixture``. The
tiny repositories use the real repository's wheelhouse and reader
environments (``readerenv`` keeps its own root): ``make wheelhouse`` first.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import readerenv
from pages import Page, load_page
from project import Project

TOOLS = Path(__file__).resolve().parents[1] / "tools"
FENCE = "```"
MKDOCS = """
    site_name: t
    site_url: https://example.org/t/
    markdown_extensions:
      - pymdownx.snippets:
          base_path: ["."]
          check_paths: true
    """


def version() -> str:
    """The tfguide version the wheelhouse serves, as a Setup line asks for
    it: ``0.2.*``.
    """
    try:
        found = readerenv.wheel_metadata()["version"]
    except readerenv.SetupError as error:
        pytest.fail(f"the page checker's tests need the wheelhouse: {error}")
    major, minor = found.split(".")[:2]
    return f"{major}.{minor}.*"


def setup_block(requirement: str | None = None) -> str:
    """A Setup section; appended, it leaves the page's line numbers alone."""
    requirement = requirement or f"tfguide=={version()}"
    return (
        "\n\n## Setup\n\n'''bash\n"
        f'python -m pip install "{requirement}"\n'
        "'''\n"
    )


@pytest.fixture(name="tiny_repo")
def fixture(pytester: pytest.Pytester):
    """Write a minimal site; return a function that writes pages and snippets
    into it (``'''`` stands for a fence; a page gets a Setup line unless
    ``setup=None``).
    """
    pytester.makefile(
        ".toml",
        pyproject=f"""
            [tool.pytest.ini_options]
            addopts = ["-p", "pagecheck", "-p", "no:cacheprovider"]
            pythonpath = ["{TOOLS}"]
            testpaths = ["docs"]
            """,
    )
    pytester.makefile(".yml", mkdocs=MKDOCS)

    def write(path: str, text: str, setup: str | None = "") -> Path:
        target = pytester.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = textwrap.dedent(text)
        if path.endswith(".md") and setup is not None:
            text += setup or setup_block()
        target.write_text(text.replace("'''", FENCE), encoding="utf-8")
        return target

    return write


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest on the tiny repository, in this process (pytester restores
    ``sys.modules`` after it; the pages still run in their own interpreters).

    A tiny repository whose conftest.py patches a module that this process has
    already imported (``readerenv``, say) must use ``run_isolated``: the patch
    would outlive its run.
    """
    return pytester.runpytest_inprocess(*args)


def run_isolated(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest on the tiny repository, in a subprocess of its own."""
    return pytester.runpytest_subprocess(*args)


# ---------------------------------------------------------------------------
# a project in a temporary folder, for the unit tests of the model
SETUP = '\n## Setup\n\n```bash\npython -m pip install "tfguide==0.2.*"\n```\n'


@pytest.fixture(name="project")
def project_fixture(tmp_path: Path) -> Project:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nsite_url: https://example.org/t/\n"
        "markdown_extensions:\n"
        "  - pymdownx.snippets:\n"
        '      base_path: ["."]\n'
        "      check_paths: true\n",
        encoding="utf-8",
    )
    return Project(tmp_path)


def write(project: Project, path: str, text: str) -> Path:
    target = project.root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(text), encoding="utf-8")
    return target


def load(project: Project, text: str, setup: str = SETUP) -> Page:
    return load_page(project, write(project, "docs/p.md", text + setup))


LAYOUTS = {
    "plain": (
        "```python\nprint(1)\n```\n\n"
        "<!--pytest-codeblocks:expected-output-->\n\n```text\n1\n```\n"
    ),
    "ignore-whitespace": (
        "```python\nprint(1)\n```\n\n"
        "<!--pytest-codeblocks:expected-output-ignore-whitespace-->\n"
        "```\n1\n```\n"
    ),
    "text-between": (
        "```python\nprint(1)\n```\n\n"
        "<!--pytest-codeblocks:expected-output-->\nThe output:\n\n"
        "```text\n1\n```\n"
    ),
    "four-backticks": (
        "````python\nprint(1)\n````\n\n"
        "<!--pytest-codeblocks:expected-output-->\n````text\n1\n````\n"
    ),
    "indented": (
        "!!! note\n\n    ```python\n    print(1)\n    ```\n\n"
        "    <!--pytest-codeblocks:expected-output-->\n"
        "    ```text\n    1\n    ```\n"
    ),
}
