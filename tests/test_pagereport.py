"""What the checker reports beyond pass and fail (tools/pagereport.py):
--compat-json, keyed by outcome codes, and the page-time summary.
"""

import json

import pagereport
import tinyrepo
from tinyrepo import run

tiny_repo = tinyrepo.fixture


def entry(page: str, python_s: float, *others: float) -> dict:
    return {
        "page": page,
        "python_blocks": 1,
        "python_s": python_s,
        "other_blocks": [(n, s) for n, s in enumerate(others)],
    }


def test_the_floor_is_the_pages_time_shared_or_the_longest_page():
    entries = [entry("a", 10.0, 2.0), entry("b", 4.0), entry("c", 4.0)]
    assert pagereport.page_seconds(entries[0]) == 12.0
    assert pagereport.floor(entries, 2) == 12.0  # a alone is longer than 10
    assert pagereport.floor(entries * 2, 2) == 20.0  # half of 40
    assert pagereport.floor(entries, 1) == 20.0
    assert pagereport.floor([], 2) == 0.0


def test_compat_json_records_each_blocks_outcome_and_the_summary_the_times(
    pytester, tiny_repo
):
    tiny_repo(
        "docs/page.md",
        """\
        '''python
        print(1)
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        1
        '''

        '''python
        print(2)
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        3
        '''

        '''bash
        exit 1
        '''

        <!--pytest.mark.skip(reason="not here")-->
        '''bash
        echo
        '''
        """,
    )
    tiny_repo("docs/other.md", "'''bash\necho x\n'''\n")
    # into a folder not made yet, as a fresh clone's .cache/compat
    report = pytester.path / "not-yet" / "blocks.json"
    result = run(pytester, "-n", "2", "--compat-json", str(report))
    result.assert_outcomes(passed=3, failed=3, skipped=1)
    found = json.loads(report.read_text(encoding="utf-8"))
    outcomes = {
        page: {line: cell["outcome"] for line, cell in lines.items()}
        for page, lines in found["pages"].items()
    }
    assert outcomes == {
        "docs/page.md": {
            "1": "same",
            "10": "different",
            "19": "failed",
            "24": "skipped",
            "31": "same",
        },
        "docs/other.md": {"1": "failed", "8": "same"},
    }
    assert "-3\n+2" in found["pages"]["docs/page.md"]["10"]["detail"]
    assert found["timings"]["docs/page.md"][1] == 2
    result.stdout.re_match_lines(
        [
            r"docs/other.md +0 Python blocks +0\.0 s,  1 shell/JS +\d+\.\d s",
            r"docs/page.md +2 Python blocks +\d+\.\d s,  1 shell/JS .*",
            (
                r"pages' own time \d+\.\d s; floor \d+\.\d s \(on 2 "
                r"worker\(s\), or the longest page\); wall time \d+\.\d s; "
                r"wall/floor \d+\.\d\d"
            ),
        ],
        consecutive=False,
    )
