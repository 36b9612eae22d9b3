"""MkDocs hook: leave the output blocks of the chapters out of the search index.

The ``Output`` blocks under the code (``text`` blocks) hold printed numbers, tensors and
logs: nothing a reader searches for, and a sixth of the index that every first visit
downloads. Material leaves an element out of the index when it has ``data-search-exclude``
(and removes the attribute from the page afterwards); this hook marks those blocks.
"""

import re

_OUTPUT_BLOCK = re.compile(r'<div class="language-text highlight"')


def on_page_content(html: str, page, config, files) -> str:
    return _OUTPUT_BLOCK.sub('<div class="language-text highlight" data-search-exclude="true"', html)
