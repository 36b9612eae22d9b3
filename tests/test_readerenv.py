"""What makes a new tfguide wheel, and so new reader environments
(tools/readerenv.py)."""

import shutil

import pytest
import readerenv


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A copy of the wheel's inputs, which readerenv reads as the repository."""
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(readerenv.ROOT / name, tmp_path / name)
    shutil.copytree(
        readerenv.ROOT / "src" / "tfguide",
        tmp_path / "src" / "tfguide",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    monkeypatch.setattr(readerenv, "ROOT", tmp_path)
    return tmp_path


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_test_or_lint_setting_keeps_the_wheel(tree):
    before = readerenv.wheel_inputs()
    lint = "\n[tool.ruff.lint.pydocstyle]\nconvention = 'google'\n"
    _append(tree / "pyproject.toml", lint)
    assert readerenv.wheel_inputs() == before


@pytest.mark.parametrize(
    "change",
    [
        lambda tree: (tree / "pyproject.toml").write_text(
            (tree / "pyproject.toml")
            .read_text(encoding="utf-8")
            .replace("keywords = [", 'keywords = ["gradients", ', 1),
            encoding="utf-8",
        ),
        lambda tree: _append(tree / "README.md", "\nOne more line.\n"),
        lambda tree: _append(
            tree / "src" / "tfguide" / "__init__.py", "\n# x\n"
        ),
    ],
    ids=["project table", "README", "package source"],
)
def test_what_the_build_reads_makes_a_new_wheel(tree, change):
    before = readerenv.wheel_inputs()
    change(tree)
    assert readerenv.wheel_inputs() != before
