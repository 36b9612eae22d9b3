"""Outputs that another CPU prints: the same code, other last digits.

A page shows what its code printed on one machine, the page's machine
(``[tool.tfguide.outputs] machine`` in ``pyproject.toml``). Training on another
CPU model runs other kernels (oneDNN picks them by the processor's features),
which add in another order: the first epochs agree to the
printed digits, later ones do not, and a training run can stop an epoch earlier.
The page cannot show every CPU's numbers, and the suite must pass on whichever
machine CI gets, so what another CPU printed is recorded beside the page:
``cpu-outputs/<machine>/<page>.json``, written by ``--update-outputs`` on that
machine (never by hand), one entry per block whose output or figure data there
differs from the page's.

An entry is keyed by a hash of the page's program up to and including the
block, its shown output and its figures' data: when the page changes above the
block, or its shown output changes, the entry no longer applies and the block
fails on that machine until ``--update-outputs`` runs there again. A block
passes when it prints what the page shows, or what this machine's entry holds.

``TFGUIDE_MACHINE`` overrides the machine's name (the page checker's tests use
it); otherwise it is made from ``/proc/cpuinfo``: the vendor, the instruction
sets the kernels choose by, and the CPU count.
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
    count = os.cpu_count() or 0
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


def recorded(page: Page, key: str) -> list[dict]:
    """Every machine's entry for a block (``key``), for the notebook check."""
    found = []
    folder = page.project.root / FOLDER
    for path in sorted(folder.glob(f"*/{page.path.stem}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if key in data.get("blocks", {}):
            found.append(data["blocks"][key])
    return found
