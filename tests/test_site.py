"""The site build: strict, offline, with versions in the footer, and versioned
by mike.
"""

import contextlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from website import BIN, ENV, mkdocs_build

from tfguide import versions as tfguide_versions

ROOT = Path(__file__).resolve().parents[1]
# What a copy of the project leaves out: environments (gigabytes), caches and
# build output.
SKIP = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "node_modules",
    ".cache",
    "site",
    "__pycache__",
    ".pytest_cache",
    "*.egg-info",
    "htmlcov",
    ".coverage*",
)
# mkdocs-jupyter's rendered notebooks, keyed by each notebook's content: a copy
# of the project renders only the notebooks that differ.
NOTEBOOK_CACHE = Path(".cache") / "mkdocs-jupyter"


def copy_project(target: Path) -> Path:
    """A throwaway copy of the working tree, to break or to deploy, with the
    notebooks that its builds would render the same already rendered.
    """
    shutil.copytree(ROOT, target, ignore=SKIP)
    (target / NOTEBOOK_CACHE).mkdir(parents=True)
    for entry in sorted((ROOT / NOTEBOOK_CACHE).glob("*.json")):
        # another build may be replacing it: take only whole entries
        with contextlib.suppress(OSError, ValueError):
            text = entry.read_text(encoding="utf-8")
            json.loads(text)
            (target / NOTEBOOK_CACHE / entry.name).write_text(
                text, encoding="utf-8"
            )
    return target


def pages(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): p.read_text(encoding="utf-8")
        for p in site.rglob("*.html")
    }


def test_footer_names_the_versions_that_built_the_site(site):
    versions = tfguide_versions.tested_versions()
    footer = (
        f"Built and tested with TensorFlow {versions['tensorflow']}, "
        f"Keras {versions['keras']} and Python {versions['python']}."
    )
    for name, html in pages(site).items():
        if name != "404.html":
            assert footer in html, name


def test_the_site_loads_nothing_from_elsewhere(site):
    """Scripts, styles, fonts and images all come from the site itself."""
    loads = re.compile(
        r"""<(?:script|img|iframe|source)\b[^>]*\bsrc=["']?(https?:)?//|"""
        r"""<link\b(?=[^>]*\brel=["']?(?:stylesheet|preload|icon|modulepreload))"""
        r"""[^>]*\bhref=["']?(https?:)?//"""
    )
    css_url = re.compile(r"""url\(\s*["']?(https?:)?//""")
    script = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL)
    for name, html in pages(site).items():
        assert not loads.search(html), name
        # no script fetches or imports from another host
        for code in script.findall(html):
            assert not re.search(r"""["'](https?:)?//""", code), (
                f"{name}: {code[:300]}"
            )
    for sheet in site.rglob("*.css"):
        assert not css_url.search(sheet.read_text(encoding="utf-8")), sheet.name
    assert "fonts.googleapis" not in "".join(pages(site).values())


def test_every_code_block_names_its_language(site):
    html = (site / "eager" / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<div class="([^"]*)\bhighlight\b', html)
    assert len(blocks) >= 12
    assert all("language-" in classes for classes in blocks), blocks


# A site of two pages, built with the project's mkdocs.yml (theme, plugins,
# hooks, Markdown extensions, validation): each case adds one mistake to it.
SNIPPET = min((ROOT / "snippets" / "eager").glob("*.py"))
SMALL_SITE = {
    "index.md": (
        "# Home\n\n[A section](other.md#a-section) of another page.\n\n"
        f'```python\n--8<-- "{SNIPPET.relative_to(ROOT).as_posix()}"\n```\n'
    ),
    "other.md": "# Other\n\n## A section\n\nText.\n",
}


def build_small_site(folder: Path, mistake: str = ""):
    """Build the two pages strictly, ``mistake`` at the end of the first."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    for name, text in SMALL_SITE.items():
        (docs / name).write_text(text, encoding="utf-8")
    with open(docs / "index.md", "a", encoding="utf-8") as page:
        page.write(f"\n{mistake}\n")
    # includes name files from the repository's root, as on the site
    (folder / "snippets").symlink_to(ROOT / "snippets")
    return mkdocs_build(
        ROOT, folder / "site", docs_dir=docs, nav=list(SMALL_SITE)
    )


def test_the_small_site_builds_without_a_warning(tmp_path):
    """The control for the next test: without a mistake, its build passes."""
    result = build_small_site(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="other/#a-section"' in html
    assert "language-python" in html


@pytest.mark.parametrize(
    ("mistake", "message"),
    [
        ("[gone](no-such-page.md)", "'no-such-page.md', but the target"),
        ("[gone](other.md#no-such-anchor)", "anchor '#no-such-anchor'"),
        (
            '```python\n--8<-- "snippets/eager/no_such_file.py"\n```',
            "no_such_file.py",
        ),
    ],
    ids=["link", "anchor", "include"],
)
def test_a_broken_link_anchor_or_include_fails_the_build(
    tmp_path, mistake, message
):
    result = build_small_site(tmp_path, mistake)
    assert result.returncode != 0
    assert message in result.stderr, result.stderr


def command(project: Path, *args: str | Path) -> str:
    result = subprocess.run(
        args, cwd=project, env=ENV, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def git(project: Path, *args: str) -> str:
    return command(project, "git", *args)


def mike(project: Path, *args: str) -> str:
    return command(project, BIN / "mike", *args)


def test_mike_keeps_both_versions_and_latest_points_to_the_newer(tmp_path):
    upstream = copy_project(tmp_path / "upstream")
    git(upstream, "init", "--quiet", "--initial-branch=main")
    git(upstream, "add", "--all")
    git(upstream, "commit", "--quiet", "--message=docs")
    git(tmp_path, "clone", "--quiet", str(upstream), "clone")
    clone = tmp_path / "clone"
    # .cache/ is not committed: without it, each deploy renders every notebook
    shutil.copytree(upstream / NOTEBOOK_CACHE, clone / NOTEBOOK_CACHE)

    mike(clone, "deploy", "--update-aliases", "0.1", "latest")
    with open(clone / "docs" / "index.md", "a", encoding="utf-8") as page:
        page.write("\nThis sentence is new in 0.2.\n")
    mike(clone, "deploy", "--update-aliases", "0.2", "latest")
    mike(clone, "set-default", "latest")

    versions = {
        v["version"]: v["aliases"]
        for v in json.loads(git(clone, "show", "gh-pages:versions.json"))
    }
    assert versions == {"0.2": ["latest"], "0.1": []}
    files = set(git(clone, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {
        "0.1/index.html",
        "0.2/index.html",
        "versions.json",
        "index.html",
    } <= files
    assert "This sentence is new in 0.2." in git(
        clone, "show", "gh-pages:0.2/index.html"
    )
    assert "This sentence is new in 0.2." not in git(
        clone, "show", "gh-pages:0.1/index.html"
    )
    mode, _, _ = git(clone, "ls-tree", "gh-pages", "latest").split(maxsplit=2)
    assert mode == "120000"  # mike's default alias is a symbolic link ...
    # ... to the newer version
    assert git(clone, "show", "gh-pages:latest") == "0.2"
    # nothing reached the original
    assert git(upstream, "branch", "--list", "gh-pages") == ""


def test_chapters_and_notebook_pages_carry_the_notebook_buttons_at_the_tag(
    site,
):
    """Run in Colab and View source point at the release's tag; the download is
    on the site.
    """
    import notebooks

    import tfguide

    tag = f"v{tfguide.__version__}"
    link = re.compile(r'<a class="md-button" href="([^"]+)"')
    pairs = notebooks.notebook_pages()
    assert pairs
    for notebook, page in pairs.items():
        stem = page.stem
        for html_path, source in [
            (site / stem / "index.html", f"docs/{stem}.md"),
            (
                site / "notebooks" / stem / "index.html",
                f"docs/notebooks/{stem}.ipynb",
            ),
        ]:
            html = html_path.read_text(encoding="utf-8")
            bar = html[html.index('<nav class="tfguide-notebook-bar"') :]
            colab, github, download = link.findall(bar[: bar.index("</nav>")])
            assert colab == (
                f"https://colab.research.google.com/github/tfguide/tfguide/blob/{tag}/docs/notebooks/{stem}.ipynb"
            ), html_path
            assert (
                github
                == f"https://github.com/tfguide/tfguide/blob/{tag}/{source}"
            ), html_path
            assert (html_path.parent / download).resolve() == (
                site / "notebooks" / stem / notebook.name
            ).resolve()
            assert (html_path.parent / download).is_file(), download
    assert "tfguide-notebook-bar" not in (site / "index.html").read_text(
        encoding="utf-8"
    )
