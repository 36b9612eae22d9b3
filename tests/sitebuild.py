"""Building the site from the tests: one strict build, shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
# The environment's tools first on PATH (mike runs `mkdocs`), a git identity for
# commits.
ENV = dict(
    os.environ,
    PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    NO_MKDOCS_2_WARNING="1",
    GIT_AUTHOR_NAME="tfguide tests",
    GIT_AUTHOR_EMAIL="tests@tfguide.invalid",
    GIT_COMMITTER_NAME="tfguide tests",
    GIT_COMMITTER_EMAIL="tests@tfguide.invalid",
)


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``; warnings are
    errors.
    """
    return subprocess.run(
        [BIN / "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=ENV,
    )
