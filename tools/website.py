"""The built site, for the tests and for ``make audit``: build it, serve it,
open it in Chromium.

- ``mkdocs_build`` runs ``mkdocs build --strict``, of the whole project or of a
  few pages of a folder of one's own with the project's mkdocs.yml (its theme,
  plugins, hooks, Markdown extensions and validation), which is how a test
  proves that one broken link fails the build without building the site.
- ``serve`` serves a built site from a thread on 127.0.0.1 under the path of
  ``site_url`` (``/tfguide/``), as GitHub Pages serves it: the 404 page links
  its styles with absolute paths that only work there.
- ``CHROMIUM`` and ``CHROMIUM_ARGS``: Debian's Chromium, which Playwright (the
  tests) and Lighthouse (``tools/audit.py``) drive; neither downloads a browser.

Nothing here imports pytest: ``tests/`` and ``tools/`` both import it.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
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


# ---------------------------------------------------------------------------
# building
def mkdocs_build(
    project: Path,
    site_dir: Path,
    *,
    docs_dir: Path | None = None,
    nav: list[str] | None = None,
) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``; warnings are
    errors.

    With ``docs_dir`` (and ``nav``, its pages), the build uses ``project``'s
    mkdocs.yml as it is but takes its pages from ``docs_dir``; it runs in the
    parent of ``docs_dir``, so that includes (``--8<--``, relative to the
    working folder) and mkdocs-jupyter's cache (``.cache/``) are that folder's.
    """
    if docs_dir is None:
        command = [BIN / "mkdocs", "build", "--strict"]
        command += ["--site-dir", str(site_dir)]
        cwd = project
    else:
        config = project / "mkdocs.yml"
        command = [sys.executable, "-P", __file__, "build", config, docs_dir]
        command += [site_dir, *(nav or [])]
        cwd = docs_dir.parent
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=ENV,
    )


def _build(config: str, docs_dir: str, site_dir: str, nav: list[str]) -> int:
    """Build ``docs_dir`` strictly with the mkdocs.yml ``config``; the exit
    status.
    """
    import logging

    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    options = {"docs_dir": docs_dir, "site_dir": site_dir, "strict": True}
    try:
        build(load_config(config, **options, nav=nav or None))
    except exceptions.Abort as error:
        print(f"Aborted: {error}", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------
# serving
@functools.cache
def site_url() -> str:
    """mkdocs.yml's site_url: where the site is published."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml_load(handle)["site_url"]


def base_path() -> str:
    """The path the site is published under, from site_url: ``/tfguide/``."""
    return urlsplit(site_url()).path.rstrip("/") + "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``directory`` under ``prefix``, gzipped when the browser asks, as
    a host does.
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
    """Serve ``site`` under ``prefix`` on 127.0.0.1; yields its address."""
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


if __name__ == "__main__":
    # python tools/website.py build MKDOCS_YML DOCS_DIR SITE_DIR [PAGE ...]
    if len(sys.argv) < 5 or sys.argv[1] != "build":
        sys.exit(__doc__)
    sys.exit(_build(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]))
