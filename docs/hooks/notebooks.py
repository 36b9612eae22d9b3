"""MkDocs hook: the notebook pages (rendered by mkdocs-jupyter) as pages of this
site.

mkdocs-jupyter renders a notebook as JupyterLab would, which does not fit a
documentation page in five ways; this hook mends each, on notebook pages only:

- **Search.** A notebook is a copy of its chapter: indexed, every query would
  find each chapter twice and the index would double. The page is left out of
  the index, the way ``search: exclude: true`` in a Markdown page's front matter
  does it (a notebook has none).
- **Table of contents.** mkdocs-jupyter builds it from the notebook converted to
  Markdown with the inline code removed, so "Training with `fit`" links to
  ``#training-with`` while the heading's id is ``training-with-fit``. The
  contents are rebuilt from the headings' ids.
- **Weight.** Every page inlined 580 KB of JupyterLab CSS. Those styles are
  dropped; ``docs/stylesheets/notebook.css`` lays the cells out with Material's
  own code colors.
- **Links.** The notebooks link to the chapters with absolute addresses (they
  must work in Colab or a downloaded copy); on the site they become relative, so
  that they stay within the version a reader is looking at under mike.
- **Keyboard and screen readers.** Only the areas that can scroll (code and
  outputs) stay in the tab order, not every Markdown cell; images get the alt
  text that ``tools/notebooks.py`` stored with each figure.
"""

from __future__ import annotations

import html as html_lib
import json
import posixpath
import re
from functools import cache
from pathlib import Path

from mkdocs.structure.toc import get_toc
from mkdocs.utils.yaml import yaml_load

_STYLE = re.compile(r"<style\b[^>]*>.*?</style>", re.DOTALL)
_HEADING = re.compile(r'<h([1-6]) id="([^"]+)">(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_ANCHOR_LINK = re.compile(r'<a class="anchor-link"[^>]*>.*?</a>', re.DOTALL)
_MARKDOWN_WRAPPER = re.compile(
    r'(<div class="jp-Cell jp-MarkdownCell[^"]*"[^>]*>\s*'
    r'<div class="jp-Cell-inputWrapper") tabindex="0"'
)
_DEFAULT_ALT = 'alt="No description has been provided for this image"'
_HREF = re.compile(r'href="(https?://[^"]*)"')


def _is_notebook(page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


@cache
def _published_root(config_file: str) -> str:
    """site_url as mkdocs.yml has it (mike appends the version to the configured
    one).
    """
    with open(config_file, encoding="utf-8") as handle:
        return yaml_load(handle)["site_url"].rstrip("/") + "/"


def _toc(content: str):
    """The table of contents from the headings as rendered, ids included."""
    root: list[dict] = []
    stack: list[dict] = []
    for level, anchor, inner in _HEADING.findall(content):
        name = html_lib.escape(
            html_lib.unescape(_TAG.sub("", _ANCHOR_LINK.sub("", inner))).strip()
        )
        token = {
            "level": int(level),
            "id": anchor,
            "name": name,
            "children": [],
        }
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return get_toc(root)


def _alt_texts(notebook: Path) -> list[str]:
    """The alt text tools/notebooks.py stored with each image output, in page
    order.
    """
    texts = []
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                texts.append(output.get("metadata", {}).get("alt", ""))
    return texts


def _relative_links(content: str, page, root: str) -> str:
    here = "/" + page.url  # e.g. /notebooks/eager/

    def relative(match: re.Match) -> str:
        url = match[1]
        if not url.startswith(root):
            return match[0]
        target = "/" + url[len(root) :]
        path, hash_mark, anchor = target.partition("#")
        relative_path = posixpath.relpath(path, here)
        if path.endswith("/") and relative_path != ".":
            relative_path += "/"
        elif relative_path == ".":
            relative_path = "./"
        return f'href="{relative_path}{hash_mark}{anchor}"'

    return _HREF.sub(relative, content)


def on_page_content(html: str, page, config, files) -> str:
    if not _is_notebook(page):
        return html
    page.meta["search"] = {"exclude": True}
    html = _STYLE.sub("", html)
    html = _MARKDOWN_WRAPPER.sub(r"\1", html)
    for text in _alt_texts(Path(page.file.abs_src_path)):
        if text:
            html = html.replace(
                _DEFAULT_ALT, f'alt="{html_lib.escape(text)}"', 1
            )
    html = _relative_links(html, page, _published_root(config.config_file_path))
    page.toc = _toc(html)
    return html
