"""What counts as a change of a Python block's code (tools/comments.py)."""

import pytest
from comments import python_cell, without_comments


@pytest.mark.parametrize(
    "before, after",
    [
        ("x = 1\nprint(x)\n", "x = 1  # one\n\n# then\nprint(x)\n"),
        ("if x:\n    y()\n", "if x:\n    # why\n    y()\n"),
    ],
    ids=["comments and blank lines", "a comment in a block"],
)
def test_comments_and_blank_lines_are_no_change(before, after):
    assert without_comments(before) == without_comments(after)


@pytest.mark.parametrize(
    "before, after",
    [
        ('print("a # b")\n', 'print("a  b")\n'),
        ("if x:\n    y()\nz()\n", "if x:\n    y()\n    z()\n"),
        ("x = 1\n", "x = 2\n"),
    ],
    ids=["a hash in a string", "indentation", "a number"],
)
def test_anything_else_is_a_change(before, after):
    assert without_comments(before) != without_comments(after)


def test_code_that_is_not_python_is_kept_whole():
    shell = "echo $# args  # count\n"
    assert without_comments(shell) == shell
    assert without_comments("def f(:\n  (\n") == "def f(:\n  (\n"
    assert not python_cell("%%bash\nls\n")
    assert not python_cell("!pip install tfguide\n")
    assert python_cell("import os\n")
