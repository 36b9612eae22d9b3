"""A tiny repository (mkdocs.yml, docs/, snippets/) for the page checker's
tests, run by pytest in a subprocess with the pagecheck plugin, as `make test`
runs it on the real pages.

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
    """pytest on the tiny repository, in a subprocess."""
    return pytester.runpytest_subprocess(*args)
