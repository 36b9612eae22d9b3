"""MkDocs hook: every ``<pre>`` says how many lines it holds, as
``style="--lines: N"``.

docs/stylesheets/extra.css lets the browser skip laying out the code blocks that
are off screen (``content-visibility: auto``) and gives a skipped block the
height of its lines (``contain-intrinsic-block-size``), read from this count.
Laying a block out when it comes into view then moves nothing on the page: a
code block does not wrap its lines, so its height is its number of lines times
the line height.
"""

import re

_PRE = re.compile(
    r"<pre(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</pre>", re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")


def count_lines(body: str) -> int:
    """The lines a ``<pre>`` shows: its text's line breaks, plus an unterminated
    last line.
    """
    text = _TAG.sub("", body)
    return max(1, text.count("\n") + (not text.endswith("\n")))


def _mark(match: re.Match) -> str:
    attributes, body = match["attributes"], match["body"]
    if "style=" in attributes:
        return match[0]
    return f'<pre{attributes} style="--lines: {count_lines(body)}">{body}</pre>'


def on_post_page(output: str, page, config) -> str:
    return _PRE.sub(_mark, output)
