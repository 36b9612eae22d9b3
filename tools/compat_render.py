"""The Markdown that ``make compat`` writes from its results: pure text.

``render(results, titles, chapters, lines)`` returns ``{path: text}`` for
``docs/compat/``: the table (``table.md``), the details of every cell that is
not "same" (``details.md``) and each chapter's "Tested with" line
(``tested-with/<chapter>.md``). ``titles`` maps each page (``docs/x.md``) to
its title, ``chapters`` lists the chapters now (a chapter that the results do
not have yet says so), ``lines`` gives each page's block lines now: a result
names its block by place (``block``), so the details point at the line where
the block is now, after a prose edit moved it.
"""

from __future__ import annotations

import re
from pathlib import Path

STATUS = {
    "same": "runs, same output",
    "different": "runs, other output",
    "failed": "fails",
    "not run": "not run",
}
SYMBOL = {"same": "✅", "different": "≠", "failed": "❌", "not run": "—"}
DETAIL_LIMIT = 1500  # characters of a failure shown in the details


def anchor(page: str, runtime_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", f"{Path(page).stem}-{runtime_id}")


def short(detail: str, limit: int = DETAIL_LIMIT) -> str:
    detail = detail.strip()
    return detail if len(detail) <= limit else detail[:limit] + "\n..."


def runtime_heading(entry: dict) -> str:
    found = entry.get("versions")
    if not found:
        return entry["label"]
    return (
        f"{entry['label']}<br>Python {found['python']}, "
        f"TF {found['tensorflow']}, Keras {found['keras']}"
    )


def table(results: dict, titles: dict[str, str]) -> str:
    entries = results["runtimes"]
    intro = (
        f"Measured by `make compat` on {results['date']}: every chapter in "
        "each runtime, in a new virtual environment made by the page's own "
        "Setup line."
    )
    machine, pages = results.get("machine"), results.get("pages_machine")
    if machine and machine == pages:
        intro += f" It ran on the CPU the pages were run on ({machine})."
    elif machine:
        intro += (
            f" It ran on another CPU ({machine}) than the one the pages were "
            f"run on ({pages}): there a block whose numbers depend on the CPU "
            "counts as the same output when it prints the page's output or "
            "what the reference runtime printed on that CPU when its records "
            "were taken (`cpu-outputs/`)."
        )
    lines = [
        intro,
        "",
        "| Chapter | " + " | ".join(runtime_heading(e) for e in entries) + " |",
        "| --- |" + " --- |" * len(entries),
    ]
    for page in entries[0]["pages"]:
        cells = []
        for entry in entries:
            status = entry["pages"][page]["status"]
            text = f"{SYMBOL[status]} {STATUS[status]}"
            if status != "same":
                text = f"[{text}](#{anchor(page, entry['id'])})"
            cells.append(text)
        link = f"[{titles[page]}]({Path(page).stem}.md)"
        lines.append(f"| {link} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def located(block: dict, page: str, lines: dict[str, list[int]]) -> dict:
    """``block`` with its line where the page has the block now, and its
    detail saying so."""
    if "block" not in block or page not in lines:
        return block
    now = lines[page][block["block"]]
    detail = block["detail"].replace(
        f"block at line {block['line']} ", f"block at line {now} "
    )
    return {**block, "line": now, "detail": detail}


def details(
    results: dict, titles: dict[str, str], block_lines: dict[str, list[int]]
) -> str:
    lines = []
    for entry in results["runtimes"]:
        for page, cell in entry["pages"].items():
            if cell["status"] == "same":
                continue
            heading = f"{titles[page]} on {entry['label']}"
            lines += [f"### {heading} {{ #{anchor(page, entry['id'])} }}", ""]
            if cell.get("reason"):
                reason = short(cell["reason"])
                lines += ["The page did not run:", "", "```text", reason]
                lines += ["```", ""]
            for block in (
                located(b, page, block_lines) for b in cell["blocks"]
            ):
                kind = (
                    "prints other output"
                    if block["outcome"] == "different"
                    else "fails"
                )
                at = f"[line {block['line']}]({Path(page).stem}.md)"
                lines += [f"The block at {at} {kind}:", "", "```text"]
                lines += [short(block["detail"]), "```", ""]
    if not lines:
        lines = ["Every chapter printed the same output in every runtime.", ""]
    return "\n".join(lines)


def tested_with(results: dict, page: str) -> str:
    entries = results["runtimes"]
    if page not in entries[0]["pages"]:  # a new chapter: not run yet
        return "**Tested with:** the reference versions only, so far.<br>\n"
    names = []
    for entry in entries:
        status = entry["pages"][page]["status"]
        if status not in {"same", "different"}:
            continue
        found = entry["versions"]
        other = "" if status == "same" else " (other output, see the table)"
        names.append(
            f"{entry['label']}: TensorFlow {found['tensorflow']}, "
            f"Keras {found['keras']}, Python {found['python']}{other}"
        )
    text = "; ".join(names) if names else "no runtime"
    return f"**Tested with:** {text} ([compatibility](compatibility.md)).<br>\n"


def render(
    results: dict,
    titles: dict[str, str],
    chapters: list[str],
    lines: dict[str, list[int]] | None = None,
) -> dict[str, str]:
    made = {
        "table.md": table(results, titles),
        "details.md": details(results, titles, lines or {}),
    }
    for page in chapters:
        made[f"tested-with/{Path(page).stem}.md"] = tested_with(results, page)
    return made
