"""The runtimes of ``make compat`` as the page checker runs pages in them.

``pyproject.toml`` declares each runtime (``[[tool.tfguide.runtimes]]``): a
Python version and the pins that make it what readers have. ``runtime(project,
id)`` turns one into a ``readerenv.Runtime``: the machine's interpreter of that
version and the runtime's own wheelhouse, which ``tools/compat.py`` fills. Both
the page checker (``--runtime``) and compat use it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import readerenv
from project import Project

# with readerenv's wheelhouse: the real repository's, shared by every project
CACHE = readerenv.CACHE / "compat"


def interpreter(version: str) -> str:
    """The machine's Python of that version (pyenv's, or on PATH), never a
    downloaded one.
    """
    home = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(
        (home / "versions").glob(f"{version}.*/bin/python{version}"),
        key=lambda p: p.parent.parent.name,
    )
    candidates += [Path(p) for p in [shutil.which(f"python{version}")] if p]
    for candidate in reversed(candidates):
        check = subprocess.run(
            [candidate, "--version"], capture_output=True, check=False
        )
        if check.returncode == 0:
            return str(candidate)
    raise readerenv.SetupError(f"no working python{version} on this machine")


def runtime(project: Project, runtime_id: str) -> readerenv.Runtime:
    """The readerenv.Runtime of a declared runtime (the reference: readerenv's
    own); ConfigError for an unknown one, SetupError without its Python.
    """
    spec = project.declared(runtime_id)
    if not spec.get("pins"):
        return readerenv.REFERENCE
    return readerenv.Runtime(
        id=runtime_id,
        python=interpreter(spec["python"]),
        wheelhouse=CACHE / runtime_id / "wheelhouse",
        preinstalled=tuple(spec["pins"]),
    )
