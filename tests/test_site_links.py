"""Every link and anchor of the built site, the notebook pages included, leads
somewhere.

``mkdocs build --strict`` checks the links of the Markdown pages, but not those
of the notebook pages (mkdocs-jupyter renders them itself), nor the tables of
contents. This test reads every HTML file of the strict build
(tests/conftest.py) and checks each ``href`` and ``src`` that stays on the site:
the file exists, and so does the element its ``#anchor`` names. It also checks
what the notebook pages must be on this site: relative links only, alt text on
every image, and little CSS.
"""

from __future__ import annotations

import gzip
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from website import site_url

DEFAULT_ALT = "No description has been provided for this image"
NOTEBOOK_CSS_LIMIT = 60 * 1024  # gzipped
# gzipped. The index holds the chapters' prose only (no code, no outputs:
# docs/hooks/search.py); it grew from 76 to 97 KB when every claim got its
# evidence or citation, and to about 163 KB when each chapter gained the topics
# its official guide treats as core (issue 17: the prose grew by two thirds). A
# reader's browser fetches it only on the first search
# (overrides/partials/search.html).
SEARCH_INDEX_LIMIT = 176 * 1024


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, address)
        self.images: list[dict] = []
        self.styles: list[str] = []  # inline <style> text
        self.stylesheets: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attrs[key])
        if tag in ("a", "area") and attrs.get("href") is not None:
            self.links.append((tag, attrs["href"]))
        if tag == "link" and attrs.get("href"):
            self.links.append((tag, attrs["href"]))
            if "stylesheet" in (attrs.get("rel") or ""):
                self.stylesheets.append(attrs["href"])
        if tag in ("img", "script", "source", "iframe") and attrs.get("src"):
            self.links.append((tag, attrs["src"]))
        if tag == "img":
            self.images.append(attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _html_files(site: Path) -> dict[str, _Page]:
    return {
        html.relative_to(site).as_posix(): _parse(html)
        for html in sorted(site.rglob("*.html"))
    }


def _target(site: Path, page: str, address: str) -> tuple[Path, str] | None:
    """The file and anchor that ``address`` on ``page`` names; None if off the
    site.
    """
    parts = urlsplit(address)
    if (
        parts.scheme
        or parts.netloc
        or address.startswith(("mailto:", "javascript:", "data:"))
    ):
        return None
    path = unquote(parts.path)
    # root-relative: only the 404 page has them, under site_url's path
    if path.startswith("/"):
        prefix = urlsplit(site_url()).path
        assert path.startswith(prefix), f"{page}: {address} is outside {prefix}"
        target = site / path[len(prefix) :]
    elif path:
        target = site / posixpath.normpath(
            posixpath.join(posixpath.dirname(page), path)
        )
    else:
        target = site / page
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_every_link_and_anchor_of_the_built_site_exists(site):
    pages = _html_files(site)
    broken = []
    for name, page in pages.items():
        for tag, address in page.links:
            found = _target(site, name, address)
            if found is None:
                continue
            target, anchor = found
            if not target.exists():
                broken.append(
                    f"{name}: <{tag}> {address} "
                    f"(no file {target.relative_to(site)})"
                )
                continue
            if anchor and target.suffix == ".html":
                ids = pages[target.relative_to(site).as_posix()].ids
                if unquote(anchor) not in ids:
                    broken.append(
                        f"{name}: <{tag}> {address} (no #{anchor} there)"
                    )
    assert not broken, "\n".join(broken)


def test_notebook_pages_link_within_the_site_relatively(site):
    """Absolute links to the published site would leave the version a reader
    chose (mike).
    """
    published = site_url().rstrip("/")
    for html in sorted((site / "notebooks").rglob("index.html")):
        page = _parse(html)
        absolute = [
            address
            for tag, address in page.links
            if tag == "a" and address.startswith(published)
        ]
        assert not absolute, f"{html.relative_to(site)}: {absolute}"


def test_every_image_says_what_it_shows(site):
    for name, page in _html_files(site).items():
        for image in page.images:
            alt = image.get("alt")
            assert alt is not None and alt != DEFAULT_ALT, (
                f"{name}: {str(image.get('src'))[:80]}"
            )


def test_notebook_pages_carry_little_css(site):
    """mkdocs-jupyter inlined 580 KB of JupyterLab CSS into every notebook page.

    Counted as a browser gets it: the page's inline styles and its stylesheets
    (Material's included), gzipped as the host sends them.
    """
    for html in sorted((site / "notebooks").rglob("index.html")):
        name = html.relative_to(site).as_posix()
        page = _parse(html)
        css = "".join(page.styles).encode()
        for href in page.stylesheets:
            found = _target(site, name, href)
            if found is not None:
                css += found[0].read_bytes()
        size = len(gzip.compress(css, compresslevel=6))
        assert size <= NOTEBOOK_CSS_LIMIT, (
            f"{name}: {size / 1024:.0f} KB of CSS, gzipped"
        )


def test_the_search_index_is_small_and_has_no_notebook_copies(site):
    index = site / "search" / "search_index.json"
    size = len(gzip.compress(index.read_bytes(), compresslevel=9))
    assert size <= SEARCH_INDEX_LIMIT, f"{size / 1024:.0f} KB gzipped"
    text = index.read_text(encoding="utf-8")
    assert '"location":"notebooks/' not in text.replace(" ", "")
    assert re.search(r'"location":\s*"eager/', text)


# the token classes whose spans docs/hooks/codeblocks.py leaves out
_UNSPANNED = re.compile(r"\.([nw])(?![\w-])")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def test_code_keeps_no_span_that_draws_nothing_of_its_own(site):
    """The hook drops the spans of names and whitespace from code: a name is
    drawn in the code's own colour and whitespace not at all, as long as every
    stylesheet the site ships says so.
    """
    wrong = []
    for path in sorted(site.rglob("*.css")):
        text = re.sub(
            r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL
        )
        name = path.relative_to(site).as_posix()
        for value in re.findall(r"--md-code-hl-name-color:([^;}]*)", text):
            if value.strip() != "var(--md-code-fg-color)":
                wrong.append(f"{name}: --md-code-hl-name-color:{value}")
        for selectors, declarations in _RULE.findall(text):
            for selector in selectors.split(","):
                classes = set(_UNSPANNED.findall(selector))
                if "w" in classes or (
                    "n" in classes
                    and declarations.strip().rstrip(";")
                    != "color:var(--md-code-hl-name-color)"
                ):
                    wrong.append(
                        f"{name}: {selector.strip()}{{{declarations}}}"
                    )
    assert not wrong, "\n".join(wrong)
    spanned = [
        html.relative_to(site).as_posix()
        for html in sorted(site.rglob("*.html"))
        if re.search(r'<span class="[nw]">', html.read_text(encoding="utf-8"))
    ]
    assert not spanned, spanned
