"""The project's folders and configuration (tools/project.py)."""

import pytest
from project import ConfigError, Project


def test_the_project_reads_the_nav_the_site_url_and_the_snippets_options(
    tmp_path,
):
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: https://example.org/t\n"
        "nav:\n  - Home: index.md\n"
        "  - Chapters:\n      - A: a.md\n"
        "  - Notebooks:\n      - A: notebooks/a.ipynb\n"
        "markdown_extensions:\n"
        "  - toc\n"
        "  - pymdownx.snippets:\n      base_path: snippets\n",
        encoding="utf-8",
    )
    project = Project(tmp_path)
    assert project.site_url == "https://example.org/t/"
    assert project.nav_entries() == ["index.md", "a.md", "notebooks/a.ipynb"]
    assert project.notebook_pages() == {
        tmp_path / "docs/notebooks/a.ipynb": tmp_path / "docs/a.md"
    }
    assert project.snippets_options()["base_path"] == [
        str(tmp_path / "snippets")
    ]
    assert project.rel(tmp_path / "docs/a.md") == "docs/a.md"
    assert project.rel("/elsewhere/x") == "/elsewhere/x"
    assert project.runtimes() == [] and project.folder_links() == {}


def test_what_the_configuration_lacks_is_a_configuration_error(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[[tool.tfguide.runtimes]]\nid = "reference"\n', encoding="utf-8"
    )
    project = Project(tmp_path)
    with pytest.raises(ConfigError, match="no site_url"):
        _ = project.site_url
    with pytest.raises(ConfigError, match="does not enable pymdownx.snippets"):
        project.snippets_options()
    with pytest.raises(ConfigError, match=r"no runtime 'x'.*\['reference'\]"):
        project.declared("x")
    assert project.declared("reference") == {"id": "reference"}


def test_this_repository_declares_its_runtimes_and_links():
    project = Project.here()
    assert project == Project(project.root)
    assert project.runtimes()[0]["id"] == "reference"
    assert "tfjs-env" in project.folder_links()
    assert len(project.notebook_pages()) > 5
