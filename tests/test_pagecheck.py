"""The page checker itself: each check must be able to fail, and say where.

Each test lays out a tiny repository (mkdocs.yml, docs/, snippets/) and runs
pytest on it in a subprocess with the pagecheck plugin, as `make test` runs it
on the real pages.
"""

import textwrap
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TOOLS = TESTS.parent / "tools"
FENCE = "```"
# Every page with code needs a Setup line; appended, it leaves the line numbers
# above alone.
SETUP = """

## Setup

'''bash
python -m pip install "tfguide==0.2.*"
'''
"""


@pytest.fixture
def site(pytester: pytest.Pytester):
    """Write a minimal site; return a function that writes pages and snippets into
    it.
    """
    pytester.makefile(
        ".toml",
        pyproject=f"""
            [tool.pytest.ini_options]
            addopts = ["-p", "pagecheck", "-p", "no:cacheprovider"]
            pythonpath = ["{TOOLS}"]
            testpaths = ["docs"]
            """,
    )
    pytester.makefile(
        ".yml",
        mkdocs="""
            site_name: t
            markdown_extensions:
              - pymdownx.snippets:
                  base_path: ["."]
                  check_paths: true
            """,
    )

    def write(path: str, text: str, setup: str | None = SETUP) -> Path:
        """Write a file; a page gets the Setup line unless ``setup`` says
        otherwise.
        """
        target = pytester.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = textwrap.dedent(text)
        if path.endswith(".md") and setup:
            text += textwrap.dedent(setup)
        target.write_text(text.replace("'''", FENCE), encoding="utf-8")
        return target

    return write


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess(*args)


def test_outputs_that_match_pass_and_blocks_share_one_program(pytester, site):
    site("snippets/demo/define.py", "greeting = 'hello'\nprint(greeting)\n")
    site(
        "docs/page.md",
        """\
        '''python
        --8<-- "snippets/demo/define.py"
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        hello
        '''

        '''python
        import ctypes
        print(greeting.upper(), flush=True)
        ctypes.CDLL(None).printf(b"from C stdio\\n")
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        HELLO
        from C stdio
        '''

        '''bash
        echo shell
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        shell
        '''
        """,
    )
    run(pytester).assert_outcomes(passed=4)


def test_a_wrong_output_fails_naming_page_line_and_snippet(pytester, site):
    site("snippets/demo/count.py", "print(1 + 1)\n")
    site(
        "docs/page.md",
        """\
        # Title

        '''python
        --8<-- "snippets/demo/count.py"
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        3
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 3 (code from snippets/demo/count.py): "
            "the output differs from the page",
            "-3",
            "+2",
        ]
    )


def test_an_exception_names_the_snippet_line_and_stops_the_page(pytester, site):
    site("snippets/demo/broken.py", "x = 1\nraise ValueError('bad value')\n")
    site(
        "docs/page.md",
        """\
        '''python
        --8<-- "snippets/demo/broken.py"
        '''

        '''python
        print(x)
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 1 (code from snippets/demo/broken.py): the code failed",
            '*File "snippets/demo/broken.py", line 2, in <module>',
            "ValueError: bad value",
            "docs/page.md, block at line 5: not run, because the block at line 1 failed",
        ]
    )


def test_an_error_in_page_code_names_the_page_line(pytester, site):
    site("docs/page.md", "Text\n\n'''python\nx = 1\n1 / 0\n'''\n")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ['*File "docs/page.md", line 5, in <module>', "ZeroDivisionError*"]
    )


def test_output_the_page_does_not_show_fails(pytester, site):
    site("docs/page.md", "'''python\nprint('unseen')\n'''\n")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*printed output that the page does not show*", "unseen"]
    )


def test_a_failing_shell_block_fails(pytester, site):
    site("docs/page.md", "'''bash\necho before; exit 3\n'''\n")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the code failed*", "exited with status 3"])


def test_javascript_blocks_run_in_node_after_the_python_program(pytester, site):
    site(
        "docs/page.md",
        """\
        '''python
        open("answer.json", "w").write('{"value": 42}')
        '''

        '''javascript
        import { readFileSync } from "node:fs";
        console.log(JSON.parse(readFileSync("answer.json", "utf8")).value + 1);
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        43
        '''

        '''js
        throw new Error("broken on purpose");
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 15: the code failed",
            "*Error: broken on purpose*",
        ]
    )


def test_a_skip_needs_a_reason(pytester, site):
    site("docs/page.md", "<!--pytest.mark.skip-->\n'''bash\necho 1\n'''\n")
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*docs/page.md, line 2: pytest.mark.skip needs reason=*"]
    )


def test_a_skip_with_a_reason_is_reported(pytester, site):
    site(
        "docs/page.md",
        "<!--pytest.mark.skip(reason='needs the network')-->\n'''bash\ncurl x\n'''\n",
    )
    result = run(pytester, "-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*needs the network"])


def test_a_missing_include_fails_collection(pytester, site):
    site(
        "docs/page.md", "'''python\n--8<-- \"snippets/demo/nowhere.py\"\n'''\n"
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*docs/page.md, line 2: Snippet at path*nowhere.py*could not be found*"
        ]
    )


def test_update_outputs_rewrites_and_inserts_expected_outputs(pytester, site):
    page = site(
        "docs/page.md",
        """\
        '''python
        print("new")
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        old
        '''

        '''python
        print("added")
        '''
        """,
    )
    run(pytester, "--update-outputs").assert_outcomes(passed=3)
    text = page.read_text(encoding="utf-8")
    assert "old" not in text
    assert text.count("<!--pytest-codeblocks:expected-output-->") == 2
    run(pytester).assert_outcomes(passed=3)


# ---------------------------------------------------------------------------
# reader environments
def test_a_page_with_code_and_no_setup_line_fails(pytester, site):
    site("docs/page.md", "'''python\nprint(1)\n'''\n", setup=None)
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*docs/page.md: the page has code but no Setup line*"]
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "tfguide==9.9.*",
            "*asks for tfguide==9.9.*, but this tree builds tfguide 0.2.0*",
        ),
        ("tfguide[nosuch]==0.2.*", "*tfguide 0.2.0 has no extra named nosuch*"),
        ("tensorflow", "*the Setup line does not install tfguide*"),
    ],
    ids=["version", "extra", "no-tfguide"],
)
def test_a_setup_line_the_wheelhouse_cannot_satisfy_fails_naming_page_and_line(
    pytester, site, line, message
):
    setup = SETUP.replace('"tfguide==0.2.*"', f'"{line}"')
    site(
        "docs/page.md",
        "'''python\nprint(1)\n'''\n\n<!--pytest-codeblocks:expected-output-->\n'''\n1\n'''\n",
        setup=setup,
    )
    result = run(pytester)
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["docs/page.md, Setup line at line 13: " + message]
    )


def test_the_page_runs_with_tfguide_from_its_wheel_and_nothing_of_the_repository(
    pytester, site
):
    site("helpers.py", "VALUE = 1\n")  # a module at the repository's root
    site(
        "snippets/demo/imports.py",
        "import tfguide\nprint('site-packages' in tfguide.__file__)\nimport helpers\n",
    )
    site(
        "docs/page.md",
        """\
        '''python
        --8<-- "snippets/demo/imports.py"
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        True
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 1 (code from snippets/demo/imports.py): the code failed",
            '*File "snippets/demo/imports.py", line 3, in <module>',
            "ModuleNotFoundError: No module named 'helpers'",
            'The page\'s Setup line (python -m pip install "tfguide==0.2.*", line 13) '
            "does not install the module 'helpers'.",
        ]
    )


def test_a_python_block_cannot_be_skipped(pytester, site):
    site(
        "docs/page.md",
        "<!--pytest.mark.skip(reason='slow')-->\n'''python\nprint(1)\n'''\n",
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*docs/page.md, line 2: a Python block is part of the page's program*"]
    )


def test_a_separate_script_is_saved_as_a_file_and_left_out_of_the_program(
    pytester, site
):
    site(
        "docs/page.md",
        """\
        '''python title="Separate script: worker.py"
        import sys
        print("worker", sys.argv[1])
        '''

        '''python
        import subprocess, sys
        print(subprocess.run([sys.executable, "worker.py", "1"], capture_output=True, text=True).stdout, end="")
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        worker 1
        '''

        '''bash
        python worker.py 2
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        worker 2
        '''
        """,
    )
    run(pytester).assert_outcomes(passed=4)


def test_a_warning_the_page_does_not_show_fails_the_block(pytester, site):
    site(
        "docs/page.md",
        """\
        '''python
        import warnings
        warnings.warn("shuffle is ignored")
        '''

        '''python
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.warn("shown on the page")
        print(caught[0].message)
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        shown on the page
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 1: the block raised a warning that the page does not show*",
            "*UserWarning: shuffle is ignored",
        ]
    )


def test_a_figure_is_shown_under_its_block_and_compared_by_its_data(
    pytester, site
):
    """No image line: fails; make update-outputs saves it; other data later: fails."""
    train_setup = SETUP.replace("tfguide==", "tfguide[train]==")
    code = "'''python\nimport matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [{}, 2.0, 1.0])\nplt.show()\n'''\n"
    page = site("docs/page.md", code.format("3.0"), setup=train_setup)
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the block draws 1 figure(s) and the page shows []*",
            "![what the figure shows](figures/page-1.svg)",
        ]
    )

    shown = "\n![A falling line through three points.](figures/page-1.svg)\n"
    # under the block
    page.write_text(
        page.read_text(encoding="utf-8").replace("```\n", "```\n" + shown, 1)
    )
    run(pytester, "--update-outputs").assert_outcomes(passed=2)
    assert (
        (pytester.path / "docs/figures/page-1.svg")
        .read_text(encoding="utf-8")
        .startswith("<?xml")
    )
    run(pytester).assert_outcomes(passed=2)

    page.write_text(
        page.read_text(encoding="utf-8").replace("[3.0, 2.0", "[3.1, 2.0")
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*the figure the code draws no longer matches figures/page-1.svg*"]
    )


def test_a_page_that_hangs_fails_within_the_page_timeout(pytester, site):
    site(
        "docs/page.md",
        "'''python\nprint('started', flush=True)\n'''\n\n'''python\nimport time\ntime.sleep(60)\n'''\n",
    )
    result = run(pytester, "--page-timeout", "3")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*block at line 5: the code failed*",
            "the page ran longer than 3 s and was stopped in this block",
        ]
    )
