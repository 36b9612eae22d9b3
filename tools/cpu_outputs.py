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
differs from the page's in anything but its runs of digits (a changed message, a
new warning, another shape of output is a change of the page, made on the
page's machine), and the check accepts no other record. An entry is keyed by a
hash of the code of every block of the page, the block's place, its shown
output and its figures' data: when any of the page's code or the block's shown
output changes, the entry no longer applies and the block fails on that machine
until ``--update-outputs`` runs there again. On the page's machine, records are
not read at all.

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


def numbers_only(shown: str, printed: str) -> bool:
    """Whether two outputs differ in their runs of digits alone."""
    digits = re.compile(r"\d+")
    return digits.sub("#", shown) == digits.sub("#", printed)


def block_key(page: Page, block: Block) -> str:
    """What an entry for ``block`` was recorded against: the code of every
    block of the page, the block's place among them, its shown output and the
    data of the figures it shows."""
    docs = page.project.docs
    figures = []
    for figure in block.figures:
        data = (docs / figure.path).with_suffix(".json")
        figures.append(
            json.loads(data.read_text(encoding="utf-8"))
            if data.exists()
            else None
        )
    text = json.dumps(
        [
            page.rel,
            [other.code for other in page.runnable],
            next(i for i, b in enumerate(page.runnable) if b is block),
            block.expected_output,
            figures,
        ],
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Store:
    """One machine's recorded outputs for one page."""

    def __init__(self, page: Page, name: str | None = None) -> None:
        self.page = page
        self.name = name or machine()
        folder = page.project.root / FOLDER / slug(self.name)
        self.path = folder / f"{page.path.stem}.json"
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
        valid = {block_key(self.page, block) for block in self.page.runnable}
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
