"""``make compat``: run every chapter page in each declared runtime; write the
table.

The runtimes are declared in ``pyproject.toml`` (``[[tool.tfguide.runtimes]]``):
a Python version and the pins that make it what readers have (Google Colab's
TensorFlow and Keras, the TensorFlow that the TensorFlow.js converter pins, the
next release candidate). For each runtime this

1. resolves tfguide's dependencies (with the ``train`` and ``deploy`` extras)
   and the pins into a lock of its own, ``compat/locks/<id>.lock``, with that
   runtime's Python (the reference runtime uses ``requirements.lock``);
2. fills a wheelhouse with the locked wheels and the tfguide wheel;
3. runs the page checker on every chapter with ``--runtime <id>``: each page's
   own Setup line makes the reader environment, the page runs there, and every
   block is recorded as the same output, another output (with the diff) or
   failed (with the error).

A runtime that cannot be resolved, downloaded or installed, or a page that runs
longer than ``--page-timeout``, becomes failed cells with their reason; the
other cells still run. The results go to ``docs/compat/results.json`` (data)
and, made from it, the table and details that ``docs/compatibility.md`` includes
and the "Tested with" line of every chapter. The results carry a SHA-256 of what
they were made from (the pages' code and outputs, snippets, src/, locks,
tfguide's requirements and the runtimes); ``tests/test_compat.py`` fails when it
no longer matches.

``python tools/compat.py [runtime ids]``: run (all by default), then write the
results. ``python tools/compat.py --write``: rewrite the generated Markdown from
the JSON only.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import compat_render
import cpu_outputs
import readerenv
import runtimes
from comments import without_comments
from pages import chapter_pages, load_page
from project import ConfigError, Project

PROJECT = Project.here()
CACHE = runtimes.CACHE
LOCKS = PROJECT.root / "compat" / "locks"
OUT = PROJECT.docs / "compat"
RESULTS = OUT / "results.json"
PIP_TOOLS = "pip-tools==7.6.2"  # as the Makefile's lock targets
PAGE_TIMEOUT_S = 600
OUTPUT_TAIL = 2500  # characters of a failed command's output kept
EXTRAS = ("train", "deploy")  # what the chapters' Setup lines use between them


def runtimes_declared() -> list[dict]:
    """The declared runtimes, the reference first."""
    return PROJECT.runtimes()


def chapters() -> list[Path]:
    return chapter_pages(PROJECT)


def rel(path: Path) -> str:
    return PROJECT.rel(path)


def inputs_digest() -> str:
    """What the results depend on: the pages' code and outputs, the snippets,
    the package, the locks and tfguide's requirements and runtimes (prose
    edits, and comments in Python, leave the results current).
    """
    config = PROJECT.pyproject
    settings = json.dumps(
        [
            config["project"]["dependencies"],
            config["project"]["optional-dependencies"],
            runtimes_declared(),
        ],
        sort_keys=True,
    )
    blocks = []
    for path in chapters():
        page = load_page(PROJECT, path)
        for block in page.blocks:
            marks = [mark.text for mark in block.marks]
            blocks.append(
                json.dumps(
                    [
                        page.rel,
                        block.syntax,
                        block.program,
                        block.expected_output,
                        marks,
                    ]
                )
            )
    snippets = [
        f"{rel(path)}\n{without_comments(path.read_text(encoding='utf-8'))}"
        if path.suffix == ".py"
        else path
        for path in sorted(PROJECT.snippets.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    parts = [
        settings,
        *blocks,
        *snippets,
        PROJECT.root / "src" / "tfguide",
        readerenv.LOCK,
    ]
    return readerenv.digest(*parts, *sorted(LOCKS.glob("*.lock")))


# ---------------------------------------------------------------------------
# preparing
def requirements_in(spec: dict) -> str:
    """The pins, then tfguide's own requirements with the chapters' extras (from
    the wheel).
    """
    with zipfile.ZipFile(readerenv.wheel_path()) as archive:
        name = next(
            n for n in archive.namelist() if n.endswith(".dist-info/METADATA")
        )
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    lines = list(spec["pins"])
    for requirement in metadata.get_all("Requires-Dist") or []:
        text, _, marker = requirement.partition(";")
        extra = re.search(r'extra == "(\w+)"', marker)
        if extra is None or extra[1] in EXTRAS:
            lines.append(text.strip())
    return "\n".join(lines) + "\n"


def prepare(runtime_id: str) -> readerenv.Runtime:
    """Resolve the runtime's lock (when its inputs changed) and fill its
    wheelhouse.
    """
    spec = PROJECT.declared(runtime_id)
    target = runtimes.runtime(PROJECT, runtime_id)
    if target is readerenv.REFERENCE:
        readerenv.wheelhouse()
        return target
    work = CACHE / runtime_id
    work.mkdir(parents=True, exist_ok=True)
    wanted = requirements_in(spec)
    stamp = f"# inputs: {readerenv.digest(wanted, spec['python'])}\n"
    lock = LOCKS / f"{runtime_id}.lock"
    lock_env = work / "lock-env"
    if not (lock_env / "bin" / "pip-compile").exists():
        run(
            [target.python, "-m", "venv", str(lock_env)],
            "making the lock environment",
        )
        run(
            [
                lock_env / "bin" / "python",
                "-m",
                "pip",
                "install",
                "--quiet",
                PIP_TOOLS,
            ],
            "installing pip-tools",
        )
    if not lock.exists() or not lock.read_text(encoding="utf-8").startswith(
        stamp
    ):
        (work / "requirements.in").write_text(wanted, encoding="utf-8")
        LOCKS.mkdir(parents=True, exist_ok=True)
        run(
            [
                lock_env / "bin" / "pip-compile",
                "--quiet",
                "--generate-hashes",
                "--allow-unsafe",
                "--strip-extras",
                "--no-header",
                "-o",
                str(lock),
                str(work / "requirements.in"),
            ],
            "resolving the pins",
        )
        lock.write_text(
            stamp + lock.read_text(encoding="utf-8"), encoding="utf-8"
        )
    house = target.wheelhouse
    filled = house / ".lock-digest"  # the lock the wheels were taken from
    if not filled.exists() or filled.read_text() != readerenv.digest(lock):
        shutil.rmtree(house, ignore_errors=True)
        house.mkdir(parents=True)
        run(
            [
                lock_env / "bin" / "python",
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--require-hashes",
                "--dest",
                str(house),
                "-r",
                str(lock),
            ],
            "downloading the locked wheels",
        )
        filled.write_text(readerenv.digest(lock))
    for old in house.glob("tfguide-*.whl"):
        old.unlink()
    shutil.copy(readerenv.wheel_path(), house)
    return target


def run(command: list, what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False
    )
    if result.returncode:
        output = (result.stderr or result.stdout)[-OUTPUT_TAIL:]
        raise readerenv.SetupError(f"{what} failed: {output}")
    return result


def versions(target: readerenv.Runtime) -> dict[str, str]:
    """The exact versions in the runtime's reader environment of the first
    chapter.
    """
    setup = load_page(PROJECT, chapters()[0]).setup
    bin_dir = readerenv.environment(setup.code, target)
    code = (
        "import json, platform; from importlib.metadata import version as v; "
        "print(json.dumps({'python': platform.python_version(), "
        "'tensorflow': v('tensorflow'), 'keras': v('keras'), "
        "'numpy': v('numpy')}))"
    )
    result = run([bin_dir / "python", "-c", code], "reading the versions")
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------
# running
def not_run(entry: dict, reason: str) -> dict:
    """Every chapter "not run", with the reason."""
    entry["error"] = reason
    entry["pages"] = {
        rel(page): {"status": "not run", "blocks": [], "reason": reason}
        for page in chapters()
    }
    return entry


def run_pages(runtime_id: str) -> dict:
    """Prepare the runtime and run every chapter in it; what happened, page by
    page.
    """
    spec = PROJECT.declared(runtime_id)
    entry = {
        "id": runtime_id,
        "label": spec["label"],
        "python": spec["python"],
        "pins": spec.get("pins", []),
    }
    try:
        target = prepare(runtime_id)
        entry["versions"] = versions(target)
    except readerenv.SetupError as error:
        return not_run(entry, str(error).strip())
    report = CACHE / f"{runtime_id}-blocks.json"
    report.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "pytest",
        *map(str, chapters()),
        "-q",
        "--no-cov",
        "-p",
        "no:cacheprovider",
        "--runtime",
        runtime_id,
        "--page-timeout",
        str(PAGE_TIMEOUT_S),
        "--compat-json",
        str(report),
        "-k",
        "not ipynb",
    ]
    started = datetime.datetime.now()
    ran = subprocess.run(
        command, cwd=PROJECT.root, capture_output=True, text=True, check=False
    )
    elapsed = datetime.datetime.now() - started
    entry["seconds"] = round(elapsed.total_seconds())
    try:
        found = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # missing or half-written
        output = (ran.stdout + ran.stderr)[-OUTPUT_TAIL:]
        return not_run(
            entry,
            f"the page checker stopped before it ran the pages ({error}):"
            f"\n{output}",
        )
    entry["pages"] = {}
    for page in chapters():
        blocks = found["pages"].get(rel(page), {})
        # a block is kept by its place among the page's blocks, which a prose
        # edit leaves as it is (its line moves)
        places = block_lines(page)
        outcomes = {b["outcome"] for b in blocks.values()}
        status = next(
            (s for s in ("failed", "different") if s in outcomes),
            "same" if outcomes else "not run",
        )
        entry["pages"][rel(page)] = {
            "status": status,
            "blocks": [
                {"block": places.index(int(line)), "line": int(line), **result}
                for line, result in blocks.items()
                if result["outcome"] in {"different", "failed"}
            ],
        }
    return entry


# ---------------------------------------------------------------------------
# writing
def block_lines(path: Path) -> list[int]:
    """The line of each block of a page, in page order."""
    return [block.line for block in load_page(PROJECT, path).blocks]


def title(page: str) -> str:
    text = (PROJECT.root / page).read_text(encoding="utf-8")
    return text.splitlines()[0].lstrip("# ").strip()


def write_markdown(results: dict) -> None:
    """The table, the details and each chapter's "Tested with" line, from the
    results.
    """
    pages = results["runtimes"][0]["pages"]
    made = compat_render.render(
        results,
        {page: title(page) for page in pages},
        [rel(path) for path in chapters()],
        {rel(path): block_lines(path) for path in chapters()},
    )
    for name, text in made.items():
        (OUT / name).parent.mkdir(parents=True, exist_ok=True)
        (OUT / name).write_text(text, encoding="utf-8")


def main(argv: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if argv == ["--write"]:
        write_markdown(json.loads(RESULTS.read_text(encoding="utf-8")))
        return
    known = [r["id"] for r in runtimes_declared()]
    chosen = argv or known
    for runtime_id in chosen:
        PROJECT.declared(runtime_id)  # ConfigError before anything runs
    readerenv.wheelhouse()
    previous = (
        json.loads(RESULTS.read_text(encoding="utf-8"))
        if RESULTS.exists()
        else {"runtimes": []}
    )
    kept = {e["id"]: e for e in previous["runtimes"]}
    for runtime_id in chosen:
        print(f"running the chapters in {runtime_id} ...", flush=True)
        kept[runtime_id] = run_pages(runtime_id)
        statuses = ", ".join(
            f"{Path(p).stem} {c['status']}"
            for p, c in kept[runtime_id]["pages"].items()
        )
        print(f"  {runtime_id}: {statuses}", flush=True)
    results = {
        "date": datetime.date.today().isoformat(),
        "machine": cpu_outputs.machine(),
        "pages_machine": PROJECT.outputs_machine(),
        "inputs_sha256": inputs_digest(),
        "runtimes": [kept[i] for i in known if i in kept],
    }
    RESULTS.write_text(
        json.dumps(results, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    write_markdown(results)
    print(f"wrote {rel(RESULTS)} and the tables in {rel(OUT)}")


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        main(sys.argv[1:])
    except ConfigError as error:
        sys.exit(str(error))
