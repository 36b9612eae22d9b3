"""Python code with its comments left out, for the digests that decide whether
a page's recorded outputs still apply.

A comment cannot change what a program prints, so a change to comments only
(or to blank lines) keeps a page's stamp and CPU records (tools/cpu_outputs.py),
the compatibility results (tools/compat.py) and a notebook's saved outputs
(tools/notebooks.py). Anything else, a string's text or one indentation step
included, counts as a change.
"""

from __future__ import annotations

import io
import json
import tokenize

SKIPPED = {tokenize.COMMENT, tokenize.NL}


def without_comments(code: str) -> str:
    """A canonical text of the Python ``code``'s tokens without comments and
    blank lines; ``code`` itself when it does not tokenize as Python (a line of
    shell, ``!pip``). Callers pass Python only: a shell comment is not always
    where Python's would be.
    """
    try:
        tokens = [
            (token.type, token.string)
            for token in tokenize.generate_tokens(io.StringIO(code).readline)
            if token.type not in SKIPPED
        ]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return code
    if any(kind == tokenize.ERRORTOKEN for kind, _ in tokens):
        return code
    return json.dumps(tokens)


def python_cell(source: str) -> bool:
    """Whether a notebook code cell is plain Python (no ``%`` magic, no ``!``
    shell line)."""
    return not any(
        line.lstrip().startswith(("%", "!")) for line in source.splitlines()
    )
