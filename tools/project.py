"""The repository the tools work on: its folders and its configuration.

``Project(root)`` reads ``mkdocs.yml`` (the nav, the site's address, the
pymdownx.snippets options) and ``pyproject.toml`` (``[tool.tfguide]``: the
folders a page's working folder links to, the runtimes of ``make compat``;
tfguide's own requirements) once, and every other module is handed the object
instead of computing paths of its own. The page checker makes one from pytest's
rootdir (the tiny repositories of its tests are projects too); the command-line
tools use ``Project.here()``, the repository this file is in.

``tools/readerenv.py`` keeps its own root on purpose: the wheelhouse and the
reader environments are the real repository's, shared by every project,
tiny ones included.
"""

from __future__ import annotations

import tomllib
from functools import cached_property
from pathlib import Path

from mkdocs.utils.yaml import yaml_load


class ConfigError(Exception):
    """A configuration file that does not say what the tools need."""


class Project:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve()
        self.docs = self.root / "docs"
        self.snippets = self.root / "snippets"

    @classmethod
    def here(cls) -> Project:
        """The repository that holds this file."""
        return cls(Path(__file__).resolve().parents[1])

    def __repr__(self) -> str:
        return f"Project({str(self.root)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Project) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def rel(self, path: Path | str) -> str:
        """``path`` relative to the root, for messages (others as they are)."""
        path = Path(path)
        if path.is_absolute() and path.is_relative_to(self.root):
            return str(path.relative_to(self.root))
        return str(path)

    # -----------------------------------------------------------------------
    # mkdocs.yml
    @cached_property
    def mkdocs(self) -> dict:
        with open(self.root / "mkdocs.yml", encoding="utf-8") as handle:
            return yaml_load(handle) or {}

    @property
    def site_url(self) -> str:
        """The published site's address, ending in a slash."""
        if not self.mkdocs.get("site_url"):
            raise ConfigError("mkdocs.yml has no site_url")
        return self.mkdocs["site_url"].rstrip("/") + "/"

    def snippets_options(self) -> dict:
        """pymdownx.snippets' options as mkdocs.yml sets them, base paths
        absolute.
        """
        options = None
        for entry in self.mkdocs.get("markdown_extensions", []):
            if isinstance(entry, dict) and "pymdownx.snippets" in entry:
                options = dict(entry["pymdownx.snippets"] or {})
        if options is None:
            raise ConfigError("mkdocs.yml does not enable pymdownx.snippets")
        bases = options.get("base_path", ["."])
        bases = [bases] if isinstance(bases, str) else bases
        options["base_path"] = [str(self.root / base) for base in bases]
        return options

    def nav_entries(self) -> list[str]:
        """Every file the nav lists, in order."""

        def entries(nav) -> list[str]:
            if isinstance(nav, str):
                return [nav]
            if isinstance(nav, list):
                return [entry for item in nav for entry in entries(item)]
            if isinstance(nav, dict):
                return [e for value in nav.values() for e in entries(value)]
            return []

        return entries(self.mkdocs.get("nav", []))

    def notebook_pages(self) -> dict[Path, Path]:
        """Each notebook the nav lists (``notebooks/<page>.ipynb``) and the page
        it is made from.
        """
        found = {}
        for entry in self.nav_entries():
            if entry.startswith("notebooks/") and entry.endswith(".ipynb"):
                notebook = self.docs / entry
                found[notebook] = self.docs / f"{notebook.stem}.md"
        return found

    # -----------------------------------------------------------------------
    # pyproject.toml
    @cached_property
    def pyproject(self) -> dict:
        path = self.root / "pyproject.toml"
        if not path.exists():
            return {}
        with open(path, "rb") as handle:
            return tomllib.load(handle)

    def _tfguide(self) -> dict:
        return self.pyproject.get("tool", {}).get("tfguide", {})

    def folder_links(self) -> dict[str, str]:
        """What every page's working folder links to in the repository.

        A page tells the reader to create these (an npm install, a second
        virtual environment) in a block skipped with its reason; the tests link
        the repository's copy, made from a lock file by ``make test``, under the
        same name.
        """
        return self._tfguide().get("pagecheck", {}).get("links", {})

    def gpu_notebooks(self) -> list[Path]:
        """The pages whose notebooks ask Colab for a GPU runtime."""
        names = self._tfguide().get("notebooks", {}).get("gpu", [])
        return [self.root / name for name in names]

    def outputs_machine(self) -> str | None:
        """The machine whose outputs the pages show (``tools/cpu_outputs.py``);
        None: whichever runs them."""
        return self._tfguide().get("outputs", {}).get("machine")

    def runtimes(self) -> list[dict]:
        """The runtimes of ``make compat``, the reference first."""
        return self._tfguide().get("runtimes", [])

    def declared(self, runtime_id: str) -> dict:
        """One declared runtime; ConfigError naming the known ones."""
        for spec in self.runtimes():
            if spec["id"] == runtime_id:
                return spec
        known = [spec["id"] for spec in self.runtimes()]
        raise ConfigError(
            f"no runtime {runtime_id!r} in pyproject.toml; known: {known}"
        )

    def dependencies(self) -> list[str]:
        """tfguide's own requirements, as pyproject.toml states them."""
        return self.pyproject["project"]["dependencies"]
