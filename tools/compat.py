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
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import readerenv
from pagecheck import DOCS, ROOT, chapter_pages, expand, setup_code
from pytest_codeblocks import extract_from_buffer

CACHE = ROOT / ".cache" / "compat"
LOCKS = ROOT / "compat" / "locks"
OUT = DOCS / "compat"
RESULTS = OUT / "results.json"
PIP_TOOLS = "pip-tools==7.6.2"
PAGE_TIMEOUT_S = 600
EXTRAS = ("train", "deploy")  # what the chapters' Setup lines use between them
STATUS = {
    "same": "runs, same output",
    "different": "runs, other output",
    "failed": "fails",
    "not run": "not run",
}
SYMBOL = {"same": "✅", "different": "≠", "failed": "❌", "not run": "—"}


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)


def runtimes() -> list[dict]:
    """The declared runtimes, the reference first."""
    return pyproject()["tool"]["tfguide"]["runtimes"]


def declared(runtime_id: str) -> dict:
    found = [r for r in runtimes() if r["id"] == runtime_id]
    if not found:
        raise SystemExit(
            f"no runtime {runtime_id!r} in pyproject.toml; known: {[r['id'] for r in runtimes()]}"
        )
    return found[0]


def interpreter(version: str) -> str:
    """The machine's Python of that version (pyenv's, or on PATH), never a
    downloaded one.
    """
    pyenv = (
        Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    )
    candidates = sorted(
        pyenv.glob(f"{version}.*/bin/python{version}"),
        key=lambda p: p.parent.parent.name,
    )
    candidates += [Path(p) for p in [shutil.which(f"python{version}")] if p]
    for candidate in reversed(candidates):
        if (
            subprocess.run(
                [candidate, "--version"], capture_output=True, check=False
            ).returncode
            == 0
        ):
            return str(candidate)
    raise readerenv.SetupError(f"no working python{version} on this machine")


def runtime(runtime_id: str) -> readerenv.Runtime:
    """The readerenv.Runtime the page checker runs pages in for ``--runtime``."""
    spec = declared(runtime_id)
    if not spec.get("pins"):
        return readerenv.REFERENCE
    return readerenv.Runtime(
        id=runtime_id,
        python=interpreter(spec["python"]),
        wheelhouse=CACHE / runtime_id / "wheelhouse",
        preinstalled=tuple(spec["pins"]),
    )


def project_dependencies() -> list[str]:
    """tfguide's own requirements, as pyproject.toml states them."""
    return pyproject()["project"]["dependencies"]


def chapters() -> list[Path]:
    """The pages with a Setup line: the ones a reader runs."""
    return chapter_pages()


def inputs_digest() -> str:
    """What the results depend on: the pages' code and outputs, the snippets,
    the package,
    the locks and tfguide's requirements and runtimes (prose edits leave the
    results current).
    """
    config = pyproject()
    settings = json.dumps(
        [
            config["project"]["dependencies"],
            config["project"]["optional-dependencies"],
            runtimes(),
        ],
        sort_keys=True,
    )
    blocks = []
    for page in chapters():
        for block in extract_from_buffer(io.StringIO(expand(page).text)):
            blocks.append(
                json.dumps(
                    [
                        rel(page),
                        block.syntax,
                        block.code,
                        block.expected_output,
                        block.marks,
                    ]
                )
            )
    parts = [
        settings,
        *blocks,
        ROOT / "snippets",
        ROOT / "src" / "tfguide",
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
    spec = declared(runtime_id)
    target = runtime(runtime_id)
    if target is readerenv.REFERENCE:
        readerenv.wheelhouse()
        return target
    work = CACHE / runtime_id
    work.mkdir(parents=True, exist_ok=True)
    wanted = requirements_in(spec)
    stamp = f"# inputs: {readerenv.digest(wanted, spec['python'])}\n"
    lock = LOCKS / f"{runtime_id}.lock"
    tools = work / "lock-env"
    if not (tools / "bin" / "pip-compile").exists():
        run(
            [target.python, "-m", "venv", str(tools)],
            "making the lock environment",
        )
        run(
            [
                tools / "bin" / "python",
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
                tools / "bin" / "pip-compile",
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
    done = house / ".lock-digest"
    if not done.exists() or done.read_text() != readerenv.digest(lock):
        shutil.rmtree(house, ignore_errors=True)
        house.mkdir(parents=True)
        run(
            [
                tools / "bin" / "python",
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
        done.write_text(readerenv.digest(lock))
    for old in house.glob("tfguide-*.whl"):
        old.unlink()
    shutil.copy(readerenv.wheel_path(), house)
    return target


def run(command: list, what: str) -> None:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise readerenv.SetupError(
            f"{what} failed: {(result.stderr or result.stdout)[-2500:]}"
        )


def versions(target: readerenv.Runtime) -> dict[str, str]:
    """The exact versions in the runtime's plainest reader environment."""
    bin_dir = readerenv.environment(setup_code(chapters()[0]), target)
    code = (
        "import json, platform; from importlib.metadata import version as v; "
        "print(json.dumps({'python': platform.python_version(), 'tensorflow': v('tensorflow'), "
        "'keras': v('keras'), 'numpy': v('numpy')}))"
    )
    result = subprocess.run(
        [bin_dir / "python", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------
# running
def run_pages(runtime_id: str) -> dict:
    """Prepare the runtime and run every chapter in it; what happened, page by
    page.
    """
    spec = declared(runtime_id)
    entry = {
        "id": runtime_id,
        "label": spec["label"],
        "python": spec["python"],
        "pins": spec.get("pins", []),
    }
    try:
        target = prepare(runtime_id)
        entry["versions"] = versions(target)
    except (readerenv.SetupError, subprocess.CalledProcessError) as error:
        entry["error"] = str(error).strip()
        entry["pages"] = {
            rel(page): {
                "status": "not run",
                "blocks": [],
                "reason": entry["error"],
            }
            for page in chapters()
        }
        return entry
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
        command, cwd=ROOT, capture_output=True, text=True, check=False
    )
    entry["seconds"] = round(
        (datetime.datetime.now() - started).total_seconds()
    )
    if not report.exists():
        entry["error"] = (
            f"the page checker stopped before it ran the pages:\n{(ran.stdout + ran.stderr)[-2500:]}"
        )
        entry["pages"] = {
            rel(page): {
                "status": "not run",
                "blocks": [],
                "reason": entry["error"],
            }
            for page in chapters()
        }
        return entry
    try:
        found = json.loads(report.read_text(encoding="utf-8"))
    # no report, or an unreadable one: the pages did not run
    except (OSError, ValueError) as error:
        entry["error"] = (
            f"{entry.get('error', '')}\nno results from the page checker: {error}".strip()
        )
        found = {"pages": {}}
    entry["pages"] = {}
    for page in chapters():
        blocks = found["pages"].get(rel(page), {})
        outcomes = [b["outcome"] for b in blocks.values()]
        status = (
            "not run"
            if not outcomes
            else "failed"
            if "failed" in outcomes
            else "different"
            if "different" in outcomes
            else "same"
        )
        entry["pages"][rel(page)] = {
            "status": status,
            "blocks": [
                {"line": int(line), **result}
                for line, result in blocks.items()
                if result["outcome"] in {"different", "failed"}
            ],
        }
    return entry


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# ---------------------------------------------------------------------------
# writing
def title(page: str) -> str:
    text = (ROOT / page).read_text(encoding="utf-8")
    return text.splitlines()[0].lstrip("# ").strip()


def anchor(page: str, runtime_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", f"{Path(page).stem}-{runtime_id}")


def short(detail: str, limit: int = 1500) -> str:
    detail = detail.strip()
    return detail if len(detail) <= limit else detail[:limit] + "\n..."


def runtime_heading(entry: dict) -> str:
    found = entry.get("versions")
    if not found:
        return entry["label"]
    return f"{entry['label']}<br>Python {found['python']}, TF {found['tensorflow']}, Keras {found['keras']}"


def write_markdown(results: dict) -> None:
    """The table, the details and each chapter's "Tested with" line, from the
    results.
    """
    entries = results["runtimes"]
    pages = list(entries[0]["pages"])
    lines = [
        f"Measured by `make compat` on {results['date']}: every chapter in each runtime, in a "
        "new virtual environment made by the page's own Setup line.",
        "",
        "| Chapter | " + " | ".join(runtime_heading(e) for e in entries) + " |",
        "| --- |" + " --- |" * len(entries),
    ]
    for page in pages:
        cells = []
        for entry in entries:
            cell = entry["pages"][page]
            text = f"{SYMBOL[cell['status']]} {STATUS[cell['status']]}"
            if cell["status"] != "same":
                text = f"[{text}](#{anchor(page, entry['id'])})"
            cells.append(text)
        stem = Path(page).stem
        lines.append(
            f"| [{title(page)}]({stem}.md) | " + " | ".join(cells) + " |"
        )
    (OUT / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

    details = []
    for entry in entries:
        for page in pages:
            cell = entry["pages"][page]
            if cell["status"] == "same":
                continue
            details += [
                f"### {title(page)} on {entry['label']} {{ #{anchor(page, entry['id'])} }}",
                "",
            ]
            if cell.get("reason"):
                details += [
                    "The page did not run:",
                    "",
                    "```text",
                    short(cell["reason"]),
                    "```",
                    "",
                ]
            for block in cell["blocks"]:
                kind = (
                    "prints other output"
                    if block["outcome"] == "different"
                    else "fails"
                )
                details += [
                    f"The block at [line {block['line']}]({Path(page).stem}.md) {kind}:",
                    "",
                    "```text",
                    short(block["detail"]),
                    "```",
                    "",
                ]
    if not details:
        details = [
            "Every chapter printed the same output in every runtime.",
            "",
        ]
    (OUT / "details.md").write_text("\n".join(details), encoding="utf-8")

    tested = OUT / "tested-with"
    tested.mkdir(parents=True, exist_ok=True)
    for page in [rel(p) for p in chapters()]:
        if page not in pages:  # a new chapter: make compat has not run it yet
            (tested / f"{Path(page).stem}.md").write_text(
                "**Tested with:** the reference versions only, so far.<br>\n",
                encoding="utf-8",
            )
            continue
        runs = [
            e
            for e in entries
            if e["pages"][page]["status"] in {"same", "different"}
        ]
        names = []
        for entry in runs:
            found = entry["versions"]
            same = (
                ""
                if entry["pages"][page]["status"] == "same"
                else " (other output, see the table)"
            )
            names.append(
                f"{entry['label']}: TensorFlow {found['tensorflow']}, Keras {found['keras']}, "
                f"Python {found['python']}{same}"
            )
        text = "; ".join(names) if names else "no runtime"
        (tested / f"{Path(page).stem}.md").write_text(
            f"**Tested with:** {text} ([compatibility](compatibility.md)).<br>\n",
            encoding="utf-8",
        )


def main(argv: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if argv == ["--write"]:
        write_markdown(json.loads(RESULTS.read_text(encoding="utf-8")))
        return
    readerenv.wheelhouse()
    chosen = argv or [r["id"] for r in runtimes()]
    previous = (
        json.loads(RESULTS.read_text(encoding="utf-8"))
        if RESULTS.exists()
        else {"runtimes": []}
    )
    kept = {e["id"]: e for e in previous["runtimes"]}
    for runtime_id in chosen:
        print(f"running the chapters in {runtime_id} ...", flush=True)
        kept[runtime_id] = run_pages(runtime_id)
        print(
            f"  {runtime_id}: "
            + ", ".join(
                f"{Path(p).stem} {c['status']}"
                for p, c in kept[runtime_id]["pages"].items()
            ),
            flush=True,
        )
    results = {
        "date": datetime.date.today().isoformat(),
        "inputs_sha256": inputs_digest(),
        "runtimes": [kept[r["id"]] for r in runtimes() if r["id"] in kept],
    }
    RESULTS.write_text(
        json.dumps(results, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    write_markdown(results)
    print(f"wrote {rel(RESULTS)} and the tables in {rel(OUT)}")


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    main(sys.argv[1:])
