"""The page checker's pytest plugin: each check must be able to fail, and say
where.

Each test lays out a tiny repository (``tinyrepo.py``) and runs pytest on it
with the pagecheck plugin, as `make test` runs it on the real pages (in this
process; each page still runs in its own interpreter). The parts below the
plugin have unit tests of their own (test_pages.py, test_rules.py,
test_runner.py, test_outputs.py, ...).
"""

import pytest
import readerenv
import tinyrepo
from tinyrepo import run, run_isolated, setup_block, version

tiny_repo = tinyrepo.fixture
MARKER = "<!--pytest-codeblocks:expected-output-->"


def test_outputs_that_match_pass_and_blocks_share_one_program(
    pytester, tiny_repo
):
    tiny_repo(
        "snippets/demo/define.py", "greeting = 'hello'\nprint(greeting)\n"
    )
    tiny_repo(
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


def test_a_wrong_output_fails_naming_page_line_and_snippet(pytester, tiny_repo):
    tiny_repo("snippets/demo/count.py", "print(1 + 1)\n")
    tiny_repo(
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
            (
                "docs/page.md, block at line 3 (code from "
                "snippets/demo/count.py): the output differs from the page"
            ),
            "-3",
            "+2",
        ]
    )


def test_an_exception_names_the_snippet_line_and_stops_the_page(
    pytester, tiny_repo
):
    tiny_repo(
        "snippets/demo/broken.py", "x = 1\nraise ValueError('bad value')\n"
    )
    tiny_repo(
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
            (
                "docs/page.md, block at line 1 (code from "
                "snippets/demo/broken.py): the code failed"
            ),
            '*File "snippets/demo/broken.py", line 2, in <module>',
            "ValueError: bad value",
            (
                "docs/page.md, block at line 5: not run, because the block "
                "at line 1 failed"
            ),
        ]
    )


def test_an_error_in_page_code_names_the_page_line(pytester, tiny_repo):
    tiny_repo("docs/page.md", "Text\n\n'''python\nx = 1\n1 / 0\n'''\n")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 3: the code failed",
            '*File "docs/page.md", line 5, in <module>',
            "ZeroDivisionError*",
        ]
    )


def test_a_crash_is_blamed_on_the_block_that_was_running(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md",
        """\
        '''python
        print("first")
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        first
        '''

        '''python
        import os
        os._exit(3)
        '''

        '''python
        print("third")
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 10: the code failed",
            "the interpreter died (exit code 3) in this block",
            (
                "docs/page.md, block at line 15: not run, because the block "
                "at line 10 failed"
            ),
        ]
    )


def test_output_the_page_does_not_show_fails(pytester, tiny_repo):
    tiny_repo("docs/page.md", "'''python\nprint('unseen')\n'''\n")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            (
                "docs/page.md, block at line 1: the block printed output "
                "that the page does not show*"
            ),
            "unseen",
        ]
    )


def test_a_failing_shell_block_fails_with_its_standard_error(
    pytester, tiny_repo
):
    tiny_repo(
        "docs/page.md", "'''bash\necho before; echo why >&2; exit 3\n'''\n"
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 1: the code failed",
            "exited with status 3",
            "why",
        ]
    )


def test_a_shell_block_that_hangs_fails_within_the_timeout(pytester, tiny_repo):
    tiny_repo("docs/page.md", "'''bash\necho started; sleep 60\n'''\n")
    result = run(pytester, "--page-timeout", "2")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 1: the code failed",
            "the block ran longer than 2 s and was stopped",
        ]
    )


JS_PAGE = """\
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
"""


def test_javascript_blocks_run_in_node_after_the_python_program(
    pytester, tiny_repo
):
    tiny_repo("docs/page.md", JS_PAGE)
    result = run(pytester)
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "docs/page.md, block at line 15: the code failed",
            "*Error: broken on purpose*",
        ]
    )


def test_a_javascript_block_selected_alone_still_sees_the_programs_files(
    pytester, tiny_repo
):
    """The page runs whole, in page order, whichever of its tests runs."""
    tiny_repo("docs/page.md", JS_PAGE)
    run(pytester, "docs/page.md::line 5").assert_outcomes(passed=1)


def test_a_skip_needs_a_reason(pytester, tiny_repo):
    tiny_repo("docs/page.md", "<!--pytest.mark.skip-->\n'''bash\necho 1\n'''\n")
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*docs/page.md, line 2: pytest.mark.skip needs reason=*"]
    )


def test_a_skip_with_a_reason_is_reported(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md",
        "<!--pytest.mark.skip(reason='needs the network')-->\n"
        "'''bash\ncurl x\n'''\n",
    )
    result = run(pytester, "-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*needs the network"])


def test_a_skipif_runs_the_block_when_its_condition_is_false(
    pytester, tiny_repo
):
    tiny_repo(
        "docs/page.md",
        """\
        <!--pytest.mark.skipif("sys.platform == 'nowhere'", reason="r")-->
        '''bash
        echo ran
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        ran
        '''

        <!--pytest.mark.skipif("sys.platform != 'nowhere'", reason="other")-->
        '''bash
        exit 1
        '''
        """,
    )
    result = run(pytester, "-rs")
    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*other"])


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (
            "<!--pytest-codeblocks:importorskip(numpy)-->\n'''bash\necho\n'''\n",
            "docs/page.md, line 2: importorskip skips without a reason*",
        ),
        (
            "<!--pytest.mark.xfail-->\n'''bash\nexit 1\n'''\n",
            "docs/page.md, line 2: a block that shows an error must catch it*",
        ),
        (
            "'''py\nprint(1)\n'''\n",
            "docs/page.md, line 1: the tests do not run 'py' blocks*",
        ),
        (
            "~~~python\nprint(1)\n~~~\n",
            "docs/page.md, line 1: a ~~~ fence is shown on the site but not*",
        ),
        (
            (
                "'''python\nx = 1\n'''\n\n<!--pytest-codeblocks:cont-->\n"
                "'''python\nprint(x)\n'''\n"
            ),
            "docs/page.md, line 5: <!--pytest-codeblocks:cont--> joins two*",
        ),
    ],
    ids=["importorskip", "xfail", "py", "tildes", "cont"],
)
def test_a_block_the_checker_would_not_run_as_shown_fails_collection(
    pytester, tiny_repo, page, message
):
    tiny_repo("docs/page.md", page)
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([message])


def test_the_setup_line_cannot_be_skipped(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md",
        "'''bash\necho 1\n'''\n",
        setup=(
            "\n<!--pytest.mark.skip(reason='slow')-->\n'''bash\n"
            f'python -m pip install "tfguide=={version()}"\n'
            "'''\n"
        ),
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["docs/page.md, line 6: the Setup line cannot be skipped"]
    )


def test_a_missing_include_fails_collection(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md", "'''python\n--8<-- \"snippets/demo/nowhere.py\"\n'''\n"
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["docs/page.md, line 2: *nowhere.py*"])


@pytest.mark.parametrize(
    ("include", "message"),
    [
        (
            "--8<--\nsnippets/demo/part.py\n--8<--",
            "docs/page.md, line 2: write includes in the one-line form*",
        ),
        (
            '--8<-- "snippets/demo/part.py:half"',
            "docs/page.md, line 2: include the whole file*",
        ),
        (
            '--8<-- "snippets/demo/part.py:1:2"',
            "docs/page.md, line 2: include the whole file*",
        ),
        (
            '--8<-- "snippets/demo/outer.py"',
            (
                "docs/page.md, line 2: snippets/demo/outer.py includes other "
                "files; snippets must be plain scripts*"
            ),
        ),
    ],
    ids=["block-form", "section", "lines", "nested"],
)
def test_an_include_the_checker_cannot_trace_fails_collection(
    pytester, tiny_repo, include, message
):
    tiny_repo(
        "snippets/demo/part.py",
        "x = 1\n# --8<-- [start:half]\nprint(x)\n# --8<-- [end:half]\n",
    )
    tiny_repo(
        "snippets/demo/outer.py", '--8<-- "snippets/demo/part.py"\nprint(2)\n'
    )
    tiny_repo("docs/page.md", f"'''python\n{include}\n'''\n")
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([message])


def test_update_outputs_rewrites_and_inserts_expected_outputs(
    pytester, tiny_repo
):
    page = tiny_repo(
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
    assert text.count(MARKER) == 2
    run(pytester).assert_outcomes(passed=3)


def test_another_cpu_records_only_its_numbers_and_the_page_stays(
    pytester, tiny_repo, monkeypatch
):
    """On a machine other than the page's, a different output fails, saying
    so; --update-outputs records it in cpu-outputs/ when only numbers differ
    and leaves the page alone; the record passes there until the page's code
    changes (a comment is no change), and the page's own machine never reads
    it.
    """
    pyproject = pytester.path / "pyproject.toml"
    config = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        config + '\n[tool.tfguide.outputs]\nmachine = "page cpu"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TFGUIDE_MACHINE", "other cpu")
    code = """\
        '''python
        import os
        print("name length", len(os.environ["TFGUIDE_MACHINE"]))
        '''

        <!--pytest-codeblocks:expected-output-->
        '''text
        name length 8
        '''
        """
    page = tiny_repo("docs/page.md", code)
    shown = page.read_text(encoding="utf-8")
    result = run(pytester, "--update-outputs")
    result.assert_outcomes(passed=1, failed=1)  # records follow the page's
    result.stdout.fnmatch_lines(["*update it there first*"])
    monkeypatch.setenv("TFGUIDE_MACHINE", "page cpu")
    run(pytester, "--update-outputs").assert_outcomes(passed=2)  # stamps it
    monkeypatch.setenv("TFGUIDE_MACHINE", "other cpu")
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*this machine, other cpu, is not the one whose outputs the page*"]
    )
    run(pytester, "--update-outputs").assert_outcomes(passed=2)
    assert page.read_text(encoding="utf-8") == shown
    record = pytester.path / "cpu-outputs" / "other-cpu" / "page.json"
    assert "name length 9" in record.read_text(encoding="utf-8")
    run(pytester).assert_outcomes(passed=2)
    monkeypatch.setenv("TFGUIDE_MACHINE", "page cpu")
    run(pytester).assert_outcomes(passed=2)
    # declared the page's machine, "other cpu" reads no records: 9 is not 8
    pyproject.write_text(
        config + '\n[tool.tfguide.outputs]\nmachine = "other cpu"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TFGUIDE_MACHINE", "other cpu")
    run(pytester).assert_outcomes(passed=1, failed=1)
    pyproject.write_text(
        config + '\n[tool.tfguide.outputs]\nmachine = "page cpu"\n',
        encoding="utf-8",
    )
    # a comment cannot change what the code prints: the record still holds
    tiny_repo("docs/page.md", code.replace("import os", "import os  # env"))
    run(pytester).assert_outcomes(passed=2)
    tiny_repo("docs/page.md", code.replace("import os", "import os, sys"))
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)  # the record is stale
    result.stdout.fnmatch_lines(["*changed since that machine last updated*"])
    run(pytester, "--update-outputs").assert_outcomes(passed=1, failed=1)
    # more than numbers: not recorded, even for a page its machine updated
    tiny_repo(
        "docs/page.md",
        code.replace(
            'len(os.environ["TFGUIDE_MACHINE"])',
            '"word " + os.environ["TFGUIDE_MACHINE"].split()[0]',
        ),
    )
    monkeypatch.setenv("TFGUIDE_MACHINE", "page cpu")
    run(pytester, "--update-outputs").assert_outcomes(passed=2)
    run(pytester).assert_outcomes(passed=2)
    monkeypatch.setenv("TFGUIDE_MACHINE", "other cpu")
    result = run(pytester, "--update-outputs")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*prints more than other numbers*"])


def test_update_outputs_keeps_the_marker_and_the_text_of_an_output_block(
    pytester, tiny_repo
):
    """The ignore-whitespace marker stays, an output equal up to whitespace
    is left alone, and text between a marker and its fence stays.
    """
    page = tiny_repo(
        "docs/page.md",
        """\
        '''python
        print("a b")
        '''

        <!--pytest-codeblocks:expected-output-ignore-whitespace-->
        '''text
        a  b
        '''

        '''python
        print("c  d")
        '''

        <!--pytest-codeblocks:expected-output-ignore-whitespace-->
        '''text
        x
        '''

        '''python
        print(2)
        '''

        <!--pytest-codeblocks:expected-output-->
        The output:
        '''text
        1
        '''
        """,
    )
    before = page.read_text(encoding="utf-8")
    run(pytester, "--update-outputs").assert_outcomes(passed=4)
    after = page.read_text(encoding="utf-8")
    assert after == before.replace(
        "The output:\n```text\n1\n", "The output:\n```text\n2\n"
    ).replace("```text\nx\n", "```text\nc  d\n")
    assert "a  b" in after
    assert after.count("expected-output-ignore-whitespace") == 2
    run(pytester).assert_outcomes(passed=4)


# ---------------------------------------------------------------------------
# reader environments
def test_a_page_with_code_and_no_setup_line_fails(pytester, tiny_repo):
    tiny_repo("docs/page.md", "'''python\nprint(1)\n'''\n", setup=None)
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["docs/page.md: the page has code but no Setup line*"]
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "tfguide==9.9.*",
            "*asks for tfguide==9.9.*, but this tree builds tfguide {built}*",
        ),
        (
            "tfguide[nosuch]=={wanted}",
            "*tfguide {built} has no extra named nosuch*",
        ),
        ("tensorflow", "*the Setup line does not install tfguide*"),
    ],
    ids=["version", "extra", "no-tfguide"],
)
def test_a_setup_line_the_wheelhouse_cannot_satisfy_fails_naming_page_and_line(
    pytester, tiny_repo, line, message
):
    built = readerenv.wheel_metadata()["version"]
    tiny_repo(
        "docs/page.md",
        f"'''python\nprint(1)\n'''\n\n{MARKER}\n'''\n1\n'''\n",
        setup=setup_block(line.format(wanted=version())),
    )
    result = run(pytester)
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["docs/page.md, Setup line at line 13: " + message.format(built=built)]
    )


def test_an_install_that_hangs_is_tried_once_and_fails_every_block(
    pytester, tiny_repo
):
    pytester.makeconftest(
        """
        import subprocess
        import readerenv

        def hang(code, runtime=readerenv.REFERENCE):
            with open("installs.txt", "a") as handle:
                handle.write("1")
            raise subprocess.TimeoutExpired("pip", 900)

        readerenv.environment = hang
        """
    )
    tiny_repo("docs/page.md", "'''python\nx = 1\n'''\n\n'''bash\necho\n'''\n")
    result = run_isolated(pytester)  # its conftest patches readerenv
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(
        [
            (
                "docs/page.md, Setup line at line 12: the install ran longer "
                "than 900 s and was stopped"
            )
        ]
    )
    assert (pytester.path / "installs.txt").read_text() == "1"


def test_a_page_runs_with_tfguide_from_its_wheel_and_nothing_of_the_repo(
    pytester, tiny_repo
):
    tiny_repo("helpers.py", "VALUE = 1\n")  # a module at the repository's root
    tiny_repo(
        "snippets/demo/imports.py",
        "import tfguide\n"
        "print('site-packages' in tfguide.__file__)\n"
        "import helpers\n",
    )
    tiny_repo(
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
            (
                "docs/page.md, block at line 1 (code from "
                "snippets/demo/imports.py): the code failed"
            ),
            '*File "snippets/demo/imports.py", line 3, in <module>',
            "ModuleNotFoundError: No module named 'helpers'",
            (
                "The page's Setup line (python -m pip install "
                f'"tfguide=={version()}", line 13) does not install the '
                "module 'helpers'."
            ),
        ]
    )


def test_an_unknown_runtime_is_a_usage_error(pytester, tiny_repo):
    tiny_repo("docs/page.md", "Text only.\n", setup=None)
    result = run(pytester, "--runtime", "nosuch")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*--runtime nosuch: no runtime 'nosuch' in pyproject.toml*"]
    )


def test_a_python_block_cannot_be_skipped(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md",
        "<!--pytest.mark.skip(reason='slow')-->\n'''python\nprint(1)\n'''\n",
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*docs/page.md, line 2: a Python block is part of the page's program*"]
    )


def test_a_separate_script_is_saved_as_a_file_and_left_out_of_the_program(
    pytester, tiny_repo
):
    tiny_repo(
        "docs/page.md",
        """\
        '''python title="Separate script: worker.py"
        import sys
        print("worker", sys.argv[1])
        '''

        '''python
        import subprocess, sys
        command = [sys.executable, "worker.py", "1"]
        print(subprocess.run(command, capture_output=True, text=True).stdout)
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


def test_a_warning_the_page_does_not_show_fails_the_block(pytester, tiny_repo):
    tiny_repo(
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
            (
                "docs/page.md, block at line 1: the block raised a warning "
                "that the page does not show*"
            ),
            "*UserWarning: shuffle is ignored",
        ]
    )


def test_a_tensorflow_log_warning_the_page_does_not_show_fails_the_block(
    pytester, tiny_repo
):
    """TensorFlow's logger is the Python logger "tensorflow"; what it prints at
    WARNING and above is part of the block's output, where it was logged.
    """
    tiny_repo(
        "docs/page.md",
        """\
        '''python
        import logging
        logging.getLogger("tensorflow").warning("unshown")
        '''

        '''python
        print("before")
        logging.getLogger("tensorflow").warning("shown, dtype %s", "int32")
        logging.getLogger("absl").error("absl too, at %s", hex(id(print)))
        logging.getLogger("tensorflow").info("a script prints no INFO")
        '''

        <!--pytest-codeblocks:expected-output-->
        '''
        before
        WARNING:tensorflow:shown, dtype int32
        ERROR:absl:absl too, at 0x...
        '''
        """,
    )
    result = run(pytester)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            (
                "docs/page.md, block at line 1: TensorFlow's logger printed a "
                "warning that the page does not show*"
            ),
            "WARNING:tensorflow:unshown",
        ]
    )


def test_a_figure_is_shown_under_its_block_and_compared_by_its_data(
    pytester, tiny_repo
):
    """No image line: fails; make update-outputs saves it; other data later:
    fails.
    """
    train_setup = setup_block(f"tfguide[train]=={version()}")
    code = (
        "'''python\nimport matplotlib.pyplot as plt\n"
        "plt.plot([1, 2, 3], [{}, 2.0, 1.0])\nplt.show()\n'''\n"
    )
    page = tiny_repo("docs/page.md", code.format("3.0"), setup=train_setup)
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            (
                "docs/page.md, block at line 1: the block draws 1 figure(s) "
                "and the page shows []*"
            ),
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


def test_a_page_that_hangs_fails_within_the_page_timeout(pytester, tiny_repo):
    tiny_repo(
        "docs/page.md",
        "'''python\nprint('started', flush=True)\n'''\n\n"
        "'''python\nimport time\ntime.sleep(60)\n'''\n",
    )
    result = run(pytester, "--page-timeout", "3")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*block at line 5: the code failed*",
            "the page ran longer than 3 s and was stopped in this block",
        ]
    )
