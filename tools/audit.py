"""`make audit`: Lighthouse over every page of the built site; writes
reports/audit.md.

Builds the site strictly into a temporary folder, serves it gzipped under
``/tfguide/`` on 127.0.0.1 (tools/website.py, as a host serves it), and runs
Lighthouse (the version ``package-lock.json`` pins) with Debian's Chromium on
each page: the mobile preset (a mid-range phone on a slow 4G connection,
simulated) for every page, and the desktop preset for the live demo too. Nothing
leaves the machine.

Timing scores vary from run to run, so each page is audited several times
(``--runs``, 3 by default) and the report gives the median run, chosen as
Lighthouse's own ``computeMedianRun`` chooses it (the run nearest the median
first contentful paint and time to interactive; Lighthouse's docs on
variability: the median of five runs is about twice as stable as one), with the
lowest and highest performance score of all runs.

The report gives, per page: the performance and accessibility scores, the bytes
of the first load (gzipped, as transferred), largest contentful paint, total
blocking time and cumulative layout shift. Timing scores depend on the machine;
the tests assert none of them. ``reports/lighthouse/`` keeps Lighthouse's own
JSON for each run.

    python tools/audit.py [--runs N] [PAGE ...]   # e.g. eager/ demo/; default:
    every page
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from website import (
    CHROMIUM,
    CHROMIUM_ARGS,
    base_path,
    mkdocs_build,
    serve,
    site_pages,
)

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
MEDIAN_RUN = (
    ROOT / "node_modules" / "lighthouse" / "core" / "lib" / "median-run.js"
)
REPORTS = ROOT / "reports"
CHROME_FLAGS = " ".join(
    ["--headless=new", *CHROMIUM_ARGS, "--disable-extensions"]
)
DESKTOP_TOO = {"demo/"}


def lighthouse(url: str, output: Path, preset: str) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--only-categories=performance,accessibility",
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={output}",
        "--max-wait-for-load=60000",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(
        command, check=True, env=dict(os.environ, CHROME_PATH=str(CHROMIUM))
    )
    return json.loads(output.read_text(encoding="utf-8"))


def median_run(reports: list[Path]) -> int:
    """The index of the run Lighthouse's computeMedianRun picks among
    ``reports``."""
    script = (
        f"import {{ computeMedianRun }} from {json.dumps(MEDIAN_RUN.as_uri())};"
        "import { readFileSync } from 'node:fs';"
        "const runs = process.argv.slice(1)"
        ".map((f) => JSON.parse(readFileSync(f, 'utf8')));"
        "console.log(runs.indexOf(computeMedianRun(runs)));"
    )
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, *map(str, reports)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout)


def summary(report: dict) -> dict:
    audits = report["audits"]
    return {
        "performance": round(
            100 * (report["categories"]["performance"]["score"] or 0)
        ),
        "accessibility": round(
            100 * (report["categories"]["accessibility"]["score"] or 0)
        ),
        "first_load_kb": round(
            audits["total-byte-weight"]["numericValue"] / 1024, 1
        ),
        "lcp_s": round(
            audits["largest-contentful-paint"]["numericValue"] / 1000, 2
        ),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="Lighthouse runs per page and preset",
    )
    parser.add_argument(
        "pages",
        nargs="*",
        help="pages of the site, such as eager/ (default: all)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not LIGHTHOUSE.exists():
        sys.exit("node_modules/ has no Lighthouse: run `make node-modules`")
    if not CHROMIUM.exists():
        sys.exit("no /usr/bin/chromium: `apt-get install chromium`")
    (REPORTS / "lighthouse").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        build = mkdocs_build(ROOT, site)
        if build.returncode:
            sys.exit(build.stderr)
        pages = args.pages or site_pages(site)
        rows = []
        with serve(site, base_path(), compress=True) as address:
            for page in pages:
                for preset in (
                    ["mobile", "desktop"] if page in DESKTOP_TOO else ["mobile"]
                ):
                    name = (
                        page.strip("/").replace("/", "_") or "home"
                    ) + f".{preset}"
                    outputs = [
                        REPORTS / "lighthouse" / f"{name}.run{run}.json"
                        for run in range(1, args.runs + 1)
                    ]
                    reports = []
                    for run, output in enumerate(outputs, 1):
                        print(
                            f"lighthouse {preset}, run {run} of {args.runs}: "
                            f"{address}{page}",
                            flush=True,
                        )
                        reports.append(
                            lighthouse(address + page, output, preset)
                        )
                    median = median_run(outputs)
                    scores = [
                        summary(report)["performance"] for report in reports
                    ]
                    rows.append(
                        {
                            "page": page or "(home)",
                            "preset": preset,
                            **summary(reports[median]),
                            "performance_range": [min(scores), max(scores)],
                            "median_run": median + 1,
                        }
                    )
    (REPORTS / "audit.json").write_text(
        json.dumps(rows, indent=1) + "\n", encoding="utf-8"
    )
    lines = [
        "# Lighthouse audit",
        "",
        (
            "Made by `make audit` (tools/audit.py): Lighthouse with Debian's"
            " Chromium over the built site,"
        ),
        (
            "served gzipped on 127.0.0.1. Timings are simulated (mobile: slow"
            " 4G, 4x CPU slowdown) and vary"
        ),
        (
            f"with the machine. Each row is the median of {args.runs} runs"
            " (Lighthouse's computeMedianRun);"
        ),
        "the range is the lowest and highest performance score of those runs.",
        "",
        (
            "| page | preset | performance | range | accessibility "
            "| first load (KB, gzipped) | LCP (s) | TBT (ms) | CLS |"
        ),
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['page']} | {row['preset']} | {row['performance']} "
            f"| {row['performance_range'][0]}–{row['performance_range'][1]} "
            f"| {row['accessibility']} "
            f"| {row['first_load_kb']} | {row['lcp_s']} | {row['tbt_ms']} "
            f"| {row['cls']} |"
        )
    (REPORTS / "audit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
