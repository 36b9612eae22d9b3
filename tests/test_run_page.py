"""The driver (tools/run_page.py): what it does inside the reader environment.
Its runs are tested through runner.py (test_runner.py).
"""

import run_page


def test_a_segment_is_compiled_with_its_real_file_and_lines():
    segment = {
        "filename": "snippets/s.py",
        "source": "a = 1\nraise ValueError(a)\n",
        "linemap": [10, 12],
    }
    code = run_page.compile_segment(segment)
    try:
        exec(code, {})  # noqa: S102 (the driver runs segments so)
    except ValueError as error:
        frame = error.__traceback__.tb_next
        assert (frame.tb_frame.f_code.co_filename, frame.tb_lineno) == (
            "snippets/s.py",
            12,
        )
    else:
        raise AssertionError("the segment did not raise")


def test_a_syntax_error_names_the_real_line():
    segment = {
        "filename": "p.md",
        "source": "x = 1\nx = (\n",
        "linemap": [4, 7],
    }
    try:
        run_page.compile_segment(segment)
    except SyntaxError as error:
        assert (error.filename, error.lineno) == ("p.md", 7)
    else:
        raise AssertionError("no SyntaxError")


def test_the_driver_leaves_no_file_open_for_a_page_that_shows_warnings(
    tmp_path,
):
    """With ResourceWarnings on, as a page may turn them on, the driver's own
    reading of its spec warns of nothing.
    """
    import json
    import subprocess
    import sys

    spec, result = tmp_path / "spec.json", tmp_path / "result.json"
    spec.write_text(
        json.dumps(
            {
                "root": str(tmp_path),
                "argv0": "p.py",
                "separator": "\x1e\n",
                "blocks": [
                    [{"filename": "p.md", "source": "x = 1\n", "linemap": [1]}]
                ],
            }
        )
    )
    ran = subprocess.run(
        [
            sys.executable,
            "-P",
            "-W",
            "always::ResourceWarning",
            run_page.__file__,
            str(spec),
            str(result),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ResourceWarning" not in ran.stderr
    assert json.loads(result.read_text())["errors"] == [None]
