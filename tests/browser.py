"""Serving the built site and opening it in Debian's Chromium, for the browser
tests.

The site is served from a thread on 127.0.0.1 under the path of ``site_url``
(``/tfguide/``), as GitHub Pages serves it: the 404 page links its styles with
absolute paths that only work there. Playwright drives ``/usr/bin/chromium`` (it
downloads no browser here); without it the browser tests are skipped, except in
CI (``CI`` set), where they fail: ``.ci/run`` installs Chromium first.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
_COMPRESSIBLE = (
    ".html",
    ".css",
    ".js",
    ".json",
    ".svg",
    ".xml",
    ".ipynb",
    ".txt",
    ".map",
)


def require(condition: bool, message: str) -> None:
    """Skip when ``condition`` fails, or fail in CI, where everything must be
    there.
    """
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@functools.cache
def site_url() -> str:
    """mkdocs.yml's site_url: where the site is published."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml_load(handle)["site_url"]


def base_path() -> str:
    """The path the site is published under, from site_url: ``/tfguide/``."""
    return urlsplit(site_url()).path.rstrip("/") + "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``directory`` under ``prefix``, gzipped when the browser asks, as a
    host does.
    """

    prefix = "/"
    gzip = False

    def translate_path(self, path: str) -> str:
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        elif path.rstrip("/") + "/" != self.prefix:
            path = "/__not_under_the_prefix__"
        return super().translate_path(path)

    def send_head(self):
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not url_path.endswith("/"):
                # the redirect to the folder's address
                return super().send_head()
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (
            self.gzip
            and wants_gzip
            and path.suffix in _COMPRESSIBLE
            and path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):
        pass


@contextmanager
def serve(
    site: Path, prefix: str = "/", *, compress: bool = False, port: int = 0
):
    """Serve ``site`` under ``prefix`` on 127.0.0.1; yields the site's address."""
    handler_class = type(
        "Handler", (SiteHandler,), {"prefix": prefix, "gzip": compress}
    )
    handler = functools.partial(handler_class, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}{prefix}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as a path relative to its root (``eager/``,
    ``404.html``).
    """
    pages = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        pages.append(
            relative.removesuffix("index.html")
            if html.name == "index.html"
            else relative
        )
    return pages
