"""MkDocs hook: every ``<pre>`` says how many lines it holds, as
``style="--lines: N"``, and holds no token span that draws nothing.

docs/stylesheets/extra.css lets the browser skip laying out the code blocks that
are off screen (``content-visibility: auto``) and gives a skipped block the
height of its lines (``contain-intrinsic-block-size``), read from this count.
Laying a block out when it comes into view then moves nothing on the page: a
code block does not wrap its lines, so its height is its number of lines times
the line height.

Pygments wraps every name (``class="n"``) and run of whitespace
(``class="w"``) in a span, yet Material draws a name in the code's own colour
(``--md-code-hl-name-color`` is ``var(--md-code-fg-color)`` in both palettes;
tests/test_site_links.py checks Material's stylesheets say so) and a
whitespace span not at all. Those spans are 25-31% of a chapter's elements.
The hook leaves their text where it was: the code keeps its layout and colours
(screenshots of three pages in both palettes differed only in the antialiasing
of a few glyphs, on 3 December 2026), with that many fewer elements for the
reader's browser to style and for axe's colour-contrast rule to check (it then
checks the same text as part of the code around it; the axe test took 191 s
instead of 250 s, one run each on the 2-core CI machine).
"""

import re

_PRE = re.compile(
    r"<pre(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</pre>", re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
# Pygments escapes its tokens' text, so a token's span holds no other tag
_PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def count_lines(body: str) -> int:
    """The lines a ``<pre>`` shows: its text's line breaks, plus an unterminated
    last line.
    """
    text = _TAG.sub("", body)
    return max(1, text.count("\n") + (not text.endswith("\n")))


def _mark(match: re.Match) -> str:
    attributes, body = match["attributes"], match["body"]
    body = _PLAIN_TOKEN.sub(r"\1", body)
    if "style=" not in attributes:
        attributes += f' style="--lines: {count_lines(body)}"'
    return f"<pre{attributes}>{body}</pre>"


def on_post_page(output: str, page, config) -> str:
    return _PRE.sub(_mark, output)
