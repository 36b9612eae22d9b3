"""MkDocs hook: leave the output blocks and the Python code out of the search
index.

The ``Output`` blocks under the code (``text`` blocks) hold printed numbers,
tensors and logs: nothing a reader searches for. The Python blocks were more
than half of the index that a search downloads; the prose around each block
names the API it shows, and the search test (tests/test_site_browser.py) fails
when a chapter uses one of its API names only in code. Material leaves an
element out of the index when it has ``data-search-exclude`` (and removes the
attribute from the page afterwards); this hook marks those blocks.
"""

import re

_EXCLUDED_BLOCK = re.compile(r'<div class="language-(text|python) highlight"')


def on_page_content(html: str, page, config, files) -> str:
    return _EXCLUDED_BLOCK.sub(
        r'<div class="language-\1 highlight" data-search-exclude="true"', html
    )
