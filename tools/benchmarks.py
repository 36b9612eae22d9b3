"""Run the benchmark snippets and write their tables as reports that pages
include.

``make benchmarks`` (or ``python tools/benchmarks.py
[snippets/.../benchmark_x.py ...]``) runs every ``snippets/**/benchmark_*.py``
and writes what it printed to ``docs/benchmarks/<chapter>_<script>.md``, under a
line that names the machine, the versions and the date, and a comment holding
the SHA-256 of the script's program: its syntax tree without docstrings, so that
reformatting it or rewording a comment keeps the measurement, and any change to
what it runs asks for a new one. ``tests/test_benchmarks.py`` checks that each
report was printed by the script as it is now, and that the script still runs.
Timings vary, so the tests never compare them; the page shows the report as
measured.
"""

from __future__ import annotations

import ast
import datetime
import hashlib
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "docs" / "benchmarks"
HASH_LINE = re.compile(
    r"<!-- printed by (?P<script>\S+) \(sha256 (?P<sha>[0-9a-f]{64})\) -->"
)


def scripts() -> list[Path]:
    """Every benchmark snippet."""
    return sorted((ROOT / "snippets").rglob("benchmark_*.py"))


def report_path(script: Path) -> Path:
    return REPORTS / f"{script.parent.name}_{script.stem}.md"


def digest(script: Path) -> str:
    """SHA-256 of the program: its syntax tree, without docstrings or layout."""
    tree = ast.parse(script.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return hashlib.sha256(ast.dump(tree).encode()).hexdigest()


def machine() -> str:
    """The processor, core count and OS, as a reader would compare them."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = re.findall(
            r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE
        )
        model = names[0].strip() if names else model
    cores = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    return f"{model}, {cores} cores, {platform.system()} {platform.machine()}"


TIMEOUT_S = 600


def run(
    script: Path,
    *args: str,
    python: Path | str = sys.executable,
    cwd: Path = ROOT,
) -> str:
    """Run one benchmark script in a fresh interpreter; return what it printed.

    Raises RuntimeError if the script fails, and subprocess.TimeoutExpired if it
    runs longer than ``TIMEOUT_S`` (a hung pipeline must fail the suite, not
    stall it).
    """
    result = subprocess.run(
        [str(python), str(script), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=TIMEOUT_S,
    )
    if result.returncode:
        raise RuntimeError(
            f"{script.relative_to(ROOT)} failed:\n{result.stderr[-3000:]}"
        )
    return result.stdout


def write_report(script: Path) -> Path:
    from tfguide.versions import tested_versions

    table = run(script).strip()
    versions = tested_versions()
    today = datetime.date.today().isoformat()
    relative = script.relative_to(ROOT)
    text = (
        f"<!-- printed by {relative} (sha256 {digest(script)}) -->\n"
        f"Measured by `make benchmarks` on {today}: {machine()}; "
        f"TensorFlow {versions['tensorflow']}, Python {versions['python']}.\n\n"
        f"{table}\n"
    )
    target = report_path(script)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def main(argv: list[str]) -> None:
    chosen = [Path(a).resolve() for a in argv] or scripts()
    for script in chosen:
        print(f"running {script.relative_to(ROOT)} ...", flush=True)
        print(f"  wrote {write_report(script).relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
