"""Outputs that another CPU prints: the same code, other numbers.

A page shows what its code printed on one machine, the page's machine
(``[tool.tfguide.outputs] machine`` in ``pyproject.toml``). Training on another
CPU model runs other kernels (oneDNN picks its code by the processor's
features), which can add in another order: the first steps agree to the printed
digits, later ones do not, and a training run can stop an epoch earlier. The
page cannot show every CPU's numbers, and the suite must pass on whichever
machine CI gets, so what another CPU printed is recorded beside the page:
``cpu-outputs/<machine>/<page>.json``, written by ``--update-outputs`` on that
machine (never by hand), one entry per block whose output or figure data there
differs from the page's.

Only numbers may differ: ``--update-outputs`` refuses to record an output that
differs from the page's in anything but its numbers (a changed message, a new
warning or logged line, a new line of output is a change of the page, made on
the page's machine), and figure data that differs in anything but its numbers
and the lengths of its series; the check accepts no other record.

Records follow the page's machine, never lead it: each ``--update-outputs`` on
the page's machine stamps each page whose every block it checked and passed
(not with ``TFGUIDE_MACHINE`` set in the real repository) in
``cpu-outputs/verified/``: a hash of the page's code, its shown outputs and
figure data, and ``requirements.lock``. Another machine records and reads
records only for a page whose stamp matches: change a page's code or outputs,
or the lock, and the page's records are ignored, and no new ones taken, until
the page's machine has updated it. An entry is keyed by the same hash and the
block's place. On the page's machine no record is read. In another runtime
than the reference (``make compat``) a record stands for what the reference
printed on this CPU, so each runtime is compared with the reference on the same
CPU; only the reference runtime writes records.

``TFGUIDE_MACHINE`` overrides the machine's name (the page checker's tests use
it); otherwise it is made from ``/proc/cpuinfo``: the vendor, the instruction
sets oneDNN chooses by, and the CPUs this process may use.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import outputs
from pages import Block, Page

FOLDER = "cpu-outputs"
# instruction sets that oneDNN chooses kernels by, in this order
_FLAGS = (
    "avx2",
    "fma",
    "avx512f",
    "avx512_vnni",
    "avx512_bf16",
    "avx512_fp16",
    "amx_tile",
)


def machine() -> str:
    """This machine's name for its outputs, such as
    ``AuthenticAMD avx2 fma avx512f avx512_vnni avx512_bf16 x2``."""
    if named := os.environ.get("TFGUIDE_MACHINE"):
        return named
    count = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else (os.cpu_count() or 0)
    )
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        import platform

        return f"{platform.machine()} {platform.processor()} x{count}".strip()
    vendor = re.search(r"^vendor_id\s*:\s*(\S+)", info, re.MULTILINE)
    flags = re.search(r"^flags\s*:\s*(.*)$", info, re.MULTILINE)
    present = set(flags[1].split()) if flags else set()
    parts = [vendor[1] if vendor else "unknown"]
    parts += [flag for flag in _FLAGS if flag in present]
    return " ".join([*parts, f"x{count}"])


def slug(name: str) -> str:
    """A folder name for a machine's name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-")


# a number standing alone: not part of a name such as float32 or dense_1
_NUMBER = re.compile(
    r"(?<![\w.])[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w])"
)


def _shape(text: str) -> list[list[str]]:
    return [_NUMBER.sub(" # ", line).split() for line in text.split("\n")]


def numbers_only(shown: str, printed: str) -> bool:
    """Whether two outputs differ in their numbers alone, line by line (signs,
    exponents, NumPy's trailing dots and the spaces that pad a column
    included; digits inside a name such as ``float32`` are not numbers)."""
    return _shape(shown) == _shape(printed)


def plots_numbers_only(shown, drawn) -> bool:
    """Whether two figures' data differ in their numbers and the lengths of
    their series alone: the same keys, labels and kinds of values."""
    if isinstance(shown, dict) and isinstance(drawn, dict):
        return shown.keys() == drawn.keys() and all(
            plots_numbers_only(shown[k], drawn[k]) for k in shown
        )
    if isinstance(shown, list) and isinstance(drawn, list):
        kinds = {type(v) for v in shown + drawn}
        if kinds <= {int, float}:
            return True
        return len(shown) == len(drawn) and all(
            plots_numbers_only(a, b) for a, b in zip(shown, drawn, strict=True)
        )
    numbers = (int, float)
    if isinstance(shown, bool) or isinstance(drawn, bool):
        return shown == drawn
    if isinstance(shown, numbers) and isinstance(drawn, numbers):
        return True
    return shown == drawn


def page_hash(page: Page) -> str:
    """What the page's machine stamps and records are keyed by: the page's
    code (Python without its comments, tools/comments.py), its shown outputs
    and figure data, and the lock it ran with."""
    blocks = [
        [block.program, block.expected_output, outputs.shown_data(page, block)]
        for block in page.runnable
    ]
    lock = page.project.root / "requirements.lock"
    locked = lock.read_text(encoding="utf-8") if lock.exists() else ""
    text = json.dumps([page.rel, blocks, locked], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def block_key(page: Page, block: Block, hashed: str | None = None) -> str:
    """A block's entry: the page's hash and the block's place in it."""
    place = next(i for i, b in enumerate(page.runnable) if b is block)
    return f"{(hashed or page_hash(page))[:16]}-{place}"


def _name(page: Page) -> str:
    """A page's file name in cpu-outputs/: its path under docs/."""
    inside = page.path.relative_to(page.project.docs).with_suffix("")
    return inside.as_posix().replace("/", "--")


def _stamp_path(page: Page) -> Path:
    return page.project.root / FOLDER / "verified" / f"{_name(page)}.sha256"


def stamp(page: Page) -> None:
    """On the page's machine, after an update: the page as it ran there."""
    path = _stamp_path(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page_hash(page) + "\n", encoding="utf-8")


def stamped(page: Page, hashed: str | None = None) -> bool:
    """Whether the page is as its machine last updated it."""
    path = _stamp_path(page)
    return path.exists() and path.read_text().strip() == (
        hashed or page_hash(page)
    )


class Store:
    """One machine's recorded outputs for one page."""

    def __init__(self, page: Page, name: str | None = None) -> None:
        self.page = page
        self.name = name or machine()
        folder = page.project.root / FOLDER / slug(self.name)
        self.path = folder / f"{_name(page)}.json"
        self._entries: dict[str, dict] | None = None
        self.fresh: dict[str, dict] = {}  # what --update-outputs records
        self.checked: set[str] = set()  # the blocks this run compared

    @property
    def entries(self) -> dict[str, dict]:
        if self._entries is None:
            self._entries = {}
            if self.path.exists():
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if data.get("page") == self.page.rel:
                    self._entries = data.get("blocks", {})
        return self._entries

    def get(self, key: str) -> dict:
        return self.entries.get(key, {})

    def record(
        self, key: str, output: str | None = None, figures: list | None = None
    ) -> None:
        """``--update-outputs``: what the block printed or drew here that the
        page does not show (None: what it shows)."""
        self.checked.add(key)
        if output is None and figures is None:
            return
        entry = self.fresh.setdefault(key, {})
        if output is not None:
            entry["output"] = output
        if figures is not None:
            entry["figures"] = figures

    def write(self) -> None:
        """After ``--update-outputs``: this run's entries, and those of the
        blocks it did not compare that still apply; nothing else."""
        hashed = page_hash(self.page)
        valid = {block_key(self.page, b, hashed) for b in self.page.runnable}
        kept = {
            key: entry
            for key, entry in self.entries.items()
            if key in valid and key not in self.checked
        }
        kept.update(self.fresh)
        if not kept:
            if self.path.exists():
                self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "machine": self.name,
            "page": self.page.rel,
            "blocks": dict(sorted(kept.items())),
        }
        self.path.write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
