"""Fixtures shared by the test modules."""

from pathlib import Path

import pytest
from sitebuild import mkdocs_build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site built strictly from the working tree, once per test session."""
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir
