"""Running a page (tools/runner.py, with the driver tools/run_page.py), here
with this test environment's own Python standing in for a reader environment.
"""

import sys
from pathlib import Path

import pytest
import readerenv
import runner
import tinyrepo

load = tinyrepo.load
project = tinyrepo.project_fixture
BIN = Path(sys.executable).parent


def run(page, tmp_path: Path, timeout: float = 60) -> runner.PageRun:
    workdir = tmp_path / "work"
    workdir.mkdir()
    return runner.run_page(page, BIN, workdir, timeout=timeout)


def test_blocks_share_one_program_and_each_gets_its_output(project, tmp_path):
    page = load(
        project,
        "```python\nx = 2\nprint(x)\n```\n\n```python\nprint(x * 2)\n```\n",
    )
    result = run(page, tmp_path)
    first, second = (result.blocks[b] for b in page.program)
    assert (first.output, first.error) == ("2\n", None)
    assert (second.output, second.error) == ("4\n", None)
    assert result.failed is None and result.program_seconds > 0


def test_a_crash_is_blamed_on_the_block_that_was_running(project, tmp_path):
    page = load(
        project,
        "```python\nprint('first')\n```\n\n"
        "```python\nimport os\nprint('second', flush=True)\nos._exit(3)\n```\n"
        "\n```python\nprint('third')\n```\n",
    )
    result = run(page, tmp_path)
    first, second, third = page.program
    assert result.blocks[first].error is None
    assert result.blocks[first].output == "first\n"
    assert result.blocks[second].output == "second\n"
    assert result.blocks[second].error == (
        "the interpreter died (exit code 3) in this block"
    )
    assert result.failed is second
    assert third not in result.blocks


def test_a_timeout_is_blamed_on_the_block_that_was_running(project, tmp_path):
    page = load(
        project,
        "```python\nprint('a', flush=True)\n```\n\n"
        "```python\nimport time\ntime.sleep(30)\n```\n",
    )
    result = run(page, tmp_path, timeout=2)
    first, second = page.program
    assert result.blocks[first].output == "a\n"
    assert result.blocks[second].error == (
        "the page ran longer than 2 s and was stopped in this block"
    )


def test_an_exception_stops_the_program_and_names_the_real_line(
    project, tmp_path
):
    (project.root / "snippets").mkdir()
    (project.root / "snippets/s.py").write_text("x = 1\nraise ValueError(x)\n")
    page = load(
        project,
        '```python\n--8<-- "snippets/s.py"\n```\n\n```python\nprint(2)\n```\n',
    )
    result = run(page, tmp_path)
    error = result.blocks[page.program[0]].error
    assert 'File "snippets/s.py", line 2, in <module>' in error
    assert error.endswith("ValueError: 1\n")
    assert len(result.blocks) == 1


def test_shell_and_javascript_blocks_run_after_the_program_in_page_order(
    project, tmp_path
):
    page = load(
        project,
        "```bash\ncat made.txt\n```\n\n"
        "```python\nopen('made.txt', 'w').write('by python\\n')\n```\n\n"
        "```js\nconsole.log(process.env.TFGUIDE_ROOT)\n```\n\n"
        '<!--pytest.mark.skip(reason="not here")-->\n```bash\nexit 1\n```\n',
    )
    result = run(page, tmp_path)
    shell, program, javascript, skipped = page.blocks[:4]
    assert result.blocks[shell].output == "by python\n"
    assert result.blocks[javascript].output == f"{project.root}\n"
    assert skipped not in result.blocks
    assert list(result.blocks) == [program, shell, javascript]


def test_a_shell_block_that_fails_or_hangs_says_so(project, tmp_path):
    page = load(
        project,
        "```bash\necho out; echo err >&2; exit 4\n```\n\n"
        "```sh\necho started; sleep 30\n```\n",
    )
    result = run(page, tmp_path, timeout=2)
    failing, hanging = page.blocks[:2]
    assert result.blocks[failing].output == "out\n"
    assert result.blocks[failing].error == "exited with status 4\nerr\n"
    assert result.blocks[hanging].output == "started\n"
    assert result.blocks[hanging].error.startswith(
        "the block ran longer than 2 s and was stopped"
    )


def test_separate_scripts_are_saved_and_missing_links_are_named(
    project, tmp_path
):
    (project.root / "pyproject.toml").write_text(
        '[tool.tfguide.pagecheck.links]\nthere = "docs"\nmissing = "nowhere"\n'
    )
    page = load(
        project,
        '```python title="Separate script: job.py"\nprint("job")\n```\n\n'
        "```bash\npython job.py; ls there\n```\n",
    )
    result = run(page, tmp_path)
    assert result.blocks[page.blocks[1]].output == "job\np.md\n"
    assert result.missing_links == ["missing (the repository has no nowhere)"]


def test_warnings_and_figures_are_recorded_per_block(project, tmp_path):
    page = load(
        project,
        "```python\nimport warnings\nwarnings.warn('careful')\n```\n",
    )
    result = run(page, tmp_path)
    block = result.blocks[page.program[0]]
    assert block.error is None and block.figures == []
    assert "UserWarning: careful" in "".join(block.warnings)


def test_a_setup_line_that_fails_or_hangs_is_a_block_failure(
    project, monkeypatch
):
    page = load(project, "```python\nx = 1\n```\n")

    def fails(code, runtime):
        raise readerenv.SetupError("no such wheel")

    monkeypatch.setattr(readerenv, "environment", fails)
    with pytest.raises(
        runner.BlockFailure, match="^docs/p.md, Setup line at line 7: no such"
    ):
        runner.reader_environment(page)

    def hangs(code, runtime):
        raise runner.subprocess.TimeoutExpired("pip", 900)

    monkeypatch.setattr(readerenv, "environment", hangs)
    with pytest.raises(runner.BlockFailure, match="ran longer than 900 s"):
        runner.reader_environment(page)


def test_segments_keep_each_files_lines(project):
    (project.root / "snippets").mkdir()
    (project.root / "snippets/s.py").write_text("a = 1\nb = 2\n")
    page = load(project, '```python\n--8<-- "snippets/s.py"\nc = 3\n```\n')
    parts = runner.segments(page.program[0])
    assert [(Path(p["filename"]).name, p["linemap"]) for p in parts] == [
        ("s.py", [1, 2, 3]),
        ("p.md", [3]),
    ]
    assert parts[1]["source"] == "c = 3\n"
