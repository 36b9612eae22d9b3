"""MkDocs hook: keep notebook pages from referring to scripts on other hosts.

mkdocs-jupyter's notebook template (from nbconvert) carries a MathJax loader
with an empty address and a module script that would import Mermaid from a CDN
if a notebook contained a Mermaid diagram. The chapters use neither, and the
site makes no outside requests, so both are removed from the rendered pages.
"""

import re

_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.DOTALL)
_EMPTY_LOADER = re.compile(r'<script src="">\s*</script>')


def on_post_page(output: str, page, config) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    output = _MODULE_SCRIPT.sub(
        lambda m: "" if "https://" in m[0] else m[0], output
    )
    return _EMPTY_LOADER.sub("", output)
