"""The page rules (tools/rules.py): marks read without pytest, and the checks
on a page's blocks.
"""

import pytest
import rules
from rules import PageError

WHERE = "docs/p.md, line 7"


def test_a_skip_with_a_reason_skips():
    marks, reason = rules.parse_marks(
        ["pytest.mark.skip(reason='needs the network')"], None, WHERE
    )
    assert reason == "needs the network"
    assert [(m.name, m.kwargs) for m in marks] == [
        ("skip", {"reason": "needs the network"})
    ]


@pytest.mark.parametrize(
    ("condition", "skipped"),
    [
        ('"False"', False),  # a string is evaluated, as pytest does
        ("\"sys.platform == 'nowhere'\"", False),
        ("sys.platform == 'nowhere'", False),
        ('"True"', True),
        ("True", True),
        ("os.sep == '/' or os.sep == '\\\\'", True),
    ],
)
def test_a_skipif_skips_when_its_condition_holds(condition, skipped):
    text = f"pytest.mark.skipif({condition}, reason='r')"
    _, reason = rules.parse_marks([text], None, WHERE)
    assert (reason == "r") is skipped


@pytest.mark.parametrize(
    ("marks", "importorskip", "message"),
    [
        (["pytest.mark.skip"], None, "pytest.mark.skip needs reason="),
        (["pytest.mark.skip(reason=' ')"], None, "needs reason="),
        (["pytest.mark.skipif(True)"], None, "needs reason="),
        (["pytest.mark.xfail"], None, "must catch it and print it, not xfail"),
        ([], "numpy", "importorskip skips without a reason"),
        (["pytest.skip('x')"], None, "is not a pytest mark"),
        (["pytest.mark.skip(reason="], None, "is not a pytest mark"),
        (
            ["pytest.mark.skipif(nosuch, reason='r')"],
            None,
            "nosuch fails: NameError",
        ),
        (
            ["pytest.mark.skipif('nosuch', reason='r')"],
            None,
            "the condition 'nosuch' fails: NameError",
        ),
    ],
)
def test_marks_the_checker_refuses_name_the_page_and_line(
    marks, importorskip, message
):
    with pytest.raises(PageError, match=f"^{WHERE}: .*{message}"):
        rules.parse_marks(marks, importorskip, WHERE)


def test_other_marks_are_kept_for_pytest():
    marks, reason = rules.parse_marks(["pytest.mark.slow"], None, WHERE)
    assert reason is None
    assert [(m.name, m.args, m.kwargs) for m in marks] == [("slow", (), {})]


def test_the_display_languages_are_the_ones_pages_use_to_show_text():
    assert {"", "text", "console", "json"} <= rules.DISPLAY
    assert not {"py", "python3", "pycon", "shell"} & rules.DISPLAY


@pytest.mark.parametrize(
    ("what", "message"),
    [
        ("~~~", "docs/p.md, line 3: a ~~~ fence is shown on the site"),
        ("cont", "docs/p.md, line 3: <!--pytest-codeblocks:cont--> joins"),
    ],
)
def test_what_pytest_codeblocks_passes_over_is_refused(what, message):
    rules.check_unread("docs/p.md", [])  # nothing: fine
    with pytest.raises(PageError, match=message):
        rules.check_unread("docs/p.md", [(3, what)])
