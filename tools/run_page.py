"""Run a page's Python blocks as one program; ``runner.py`` starts it in a
fresh interpreter of the reader environment.

``python -P run_page.py SPEC RESULT``: SPEC is JSON (``runner.py`` describes
it) with the blocks, each a list of segments (source, file name, and the real
line number of each source line). The blocks share one namespace, like a script
pasted together from the page and saved in the working folder (which is first
on ``sys.path``; ``-P`` keeps this driver's own folder off it). After each block
the spec's separator goes to stdout, so the caller can cut the output into
blocks. RESULT gets, for each block that ran, ``null`` or the traceback that
stopped the program, the Python warnings the block let through to standard
error, the lines TensorFlow's or absl's logger printed at WARNING and above (a
copy of each goes to stdout where it was logged, so that the block's output is
what a reader's terminal shows), and the figures it drew: each matplotlib
figure open at the end of a block is saved, as SVG and as the data it plots,
into the spec's ``figures`` folder, then closed (as a notebook shows and
closes the figures of each cell).
The driver imports nothing but the standard library.
"""

import ast
import ctypes
import json
import logging
import os
import re
import sys
import traceback
import warnings

_libc = ctypes.CDLL(None)


def flush() -> None:
    """Flush Python's and C's stdout buffers (tf.print writes through C)."""
    sys.stdout.flush()
    sys.stderr.flush()
    _libc.fflush(None)


def compile_segment(segment: dict):
    """Compile one run of lines so that tracebacks and coverage see the real
    file and lines.
    """
    linemap = segment["linemap"]
    try:
        tree = ast.parse(segment["source"], segment["filename"])
    except SyntaxError as error:
        error.lineno = linemap[error.lineno - 1] if error.lineno else None
        raise
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) is not None:
            node.lineno = linemap[node.lineno - 1]
            if getattr(node, "end_lineno", None) is not None:
                node.end_lineno = linemap[node.end_lineno - 1]
    return compile(tree, segment["filename"], "exec")


def start_coverage(library: str) -> None:
    """Measure the page when the tests ask for it, without leaving coverage
    importable.
    """
    if not library:
        return
    sys.path.insert(0, library)
    try:
        import coverage

        coverage.process_startup()
    finally:
        sys.path.remove(library)


def record_warnings(shown: list[str]) -> None:
    """Keep a copy of every warning that reaches standard error (the reader
    would see it).
    """
    show = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        shown.append(
            warnings.formatwarning(message, category, filename, lineno, line)
        )
        show(message, category, filename, lineno, file, line)

    warnings.showwarning = showwarning


# The loggers whose messages reach a reader's terminal: TensorFlow's Python
# logger prints WARNING and above to stderr in a script (tf_logging.get_logger),
# absl's too (absl.logging.log calls logging.basicConfig).
LOGGERS = ("tensorflow", "absl")


# What differs from run to run and reader to reader in a logged message: an
# object's address, and the folders of the page's files and of the installed
# packages.
_ADDRESS = re.compile(r"\b0x[0-9a-f]+\b")
_SITE_PACKAGES = re.compile(r"/\S*/site-packages/")


class CopyToStdout(logging.Handler):
    """Copy each WARNING-or-above record into stdout, as the logger formats it
    (``LEVEL:name:message``), and keep the line: addresses as ``0x...``, the
    page's files by their names in the repository, packages' files from
    ``.../site-packages/``.
    """

    def __init__(self, logged: list[str], root: str) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter(logging.BASIC_FORMAT))
        self.logged = logged
        self.root = root + "/"

    def emit(self, record: logging.LogRecord) -> None:
        line = _SITE_PACKAGES.sub(".../site-packages/", self.format(record))
        line = _ADDRESS.sub("0x...", line.replace(self.root, ""))
        self.logged.append(line)
        sys.stdout.write(line + "\n")


def record_logs(logged: list[str], root: str) -> None:
    handler = CopyToStdout(logged, root)
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)


def save_figures(folder: str | None, block: int) -> list[str]:
    """Save and close the figures the block left open; return their file names
    (no suffix).
    """
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None or not folder:
        return []
    names = []
    for number in pyplot.get_fignums():
        figure = pyplot.figure(number)
        name = f"{block}-{len(names) + 1}"
        figure.savefig(
            os.path.join(folder, f"{name}.svg"),
            format="svg",
            metadata={"Date": None},
        )
        with open(
            os.path.join(folder, f"{name}.json"), "w", encoding="utf-8"
        ) as handle:
            json.dump(plotted_data(figure), handle)
        names.append(name)
    pyplot.close("all")
    return names


def plotted_data(figure) -> list[dict]:
    """What each axes of a figure shows: titles, labels, scales and every line's
    points.
    """
    return [
        {
            "title": axes.get_title(),
            "xlabel": axes.get_xlabel(),
            "ylabel": axes.get_ylabel(),
            "yscale": axes.get_yscale(),
            "lines": [
                {
                    "label": line.get_label(),
                    "x": [float(v) for v in line.get_xdata()],
                    "y": [float(v) for v in line.get_ydata()],
                }
                for line in axes.get_lines()
            ],
        }
        for axes in figure.get_axes()
    ]


def main(spec_path: str, result_path: str) -> None:
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    start_coverage(spec.get("coverage_lib", ""))
    sys.argv = [spec["argv0"]]
    sys.path.insert(0, os.getcwd())
    namespace = {
        "__name__": "__main__",
        "__file__": os.path.join(os.getcwd(), spec["argv0"]),
        "__builtins__": __builtins__,
    }
    errors = []
    shown: list[str] = []
    record_warnings(shown)
    logged_now: list[str] = []
    record_logs(logged_now, spec["root"])
    warned = []
    logged = []
    figures = []
    folder = spec.get("figures")
    for index, block in enumerate(spec["blocks"]):
        error = None
        del shown[:]
        del logged_now[:]
        try:
            for segment in block:
                exec(compile_segment(segment), namespace)  # noqa: S102 (this is the point)
        except BaseException as exc:  # noqa: BLE001 (SystemExit and KeyboardInterrupt too)
            frames = traceback.extract_tb(exc.__traceback__)
            frames = [f for f in frames if f.filename != __file__]
            # name the page's and snippets' files as the reader knows them
            for frame in frames:
                frame.filename = frame.filename.removeprefix(spec["root"] + "/")
            error = "Traceback (most recent call last):\n" + "".join(
                traceback.format_list(frames)
            )
            error += "".join(traceback.format_exception_only(exc)).replace(
                spec["root"] + "/", ""
            )
        if not error:
            try:
                figures.append(save_figures(folder, index))
            except Exception as exc:  # noqa: BLE001 (a figure that cannot be saved fails the block)
                error = f"saving the block's figure failed: {exc!r}"
        flush()
        sys.stdout.write(spec["separator"])
        flush()
        errors.append(error)
        warned.append(list(shown))
        logged.append(list(logged_now))
        if error:
            break
    with open(result_path, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "errors": errors,
                "warnings": warned,
                "logged": logged,
                "figures": figures,
            },
            handle,
        )


if __name__ == "__main__":
    main(*sys.argv[1:])
