"""`make audit`: Lighthouse over every page of the built site; writes reports/audit.md.

Builds the site strictly into a temporary folder, serves it gzipped under ``/tfguide/`` on
127.0.0.1 (tests/browser.py, as a host serves it), and runs Lighthouse (the version
``package-lock.json`` pins) with Debian's Chromium on each page: the mobile preset (a
mid-range phone on a slow 4G connection, simulated) for every page, and the desktop preset
for the live demo too. Nothing leaves the machine.

The report gives, per page: the performance and accessibility scores, the bytes of the
first load (gzipped, as transferred), largest contentful paint, total blocking time and
cumulative layout shift. Timing scores depend on the machine; the tests assert none of
them. ``reports/lighthouse/`` keeps Lighthouse's own JSON for each run.

    python tools/audit.py [PAGE ...]      # e.g. eager/ demo/; default: every page
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the browser test helpers

from browser import CHROMIUM, CHROMIUM_ARGS, base_path, serve, site_pages  # noqa: E402
from sitebuild import mkdocs_build  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "reports"
CHROME_FLAGS = " ".join(["--headless=new", *CHROMIUM_ARGS, "--disable-extensions"])
DESKTOP_TOO = {"demo/"}


def lighthouse(url: str, output: Path, preset: str) -> dict:
    command = [
        str(LIGHTHOUSE), url,
        "--quiet",
        "--only-categories=performance,accessibility",
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json", f"--output-path={output}",
        "--max-wait-for-load=60000",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, env=dict(os.environ, CHROME_PATH=str(CHROMIUM)))
    return json.loads(output.read_text(encoding="utf-8"))


def summary(report: dict) -> dict:
    audits = report["audits"]
    return {
        "performance": round(100 * (report["categories"]["performance"]["score"] or 0)),
        "accessibility": round(100 * (report["categories"]["accessibility"]["score"] or 0)),
        "first_load_kb": round(audits["total-byte-weight"]["numericValue"] / 1024, 1),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
    }


def main(argv: list[str]) -> None:
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
        pages = argv or site_pages(site)
        rows = []
        with serve(site, base_path(), compress=True) as address:
            for page in pages:
                for preset in ["mobile", "desktop"] if page in DESKTOP_TOO else ["mobile"]:
                    name = (page.strip("/").replace("/", "_") or "home") + f".{preset}.json"
                    print(f"lighthouse {preset}: {address}{page}", flush=True)
                    result = summary(lighthouse(address + page, REPORTS / "lighthouse" / name, preset))
                    rows.append({"page": page or "(home)", "preset": preset, **result})
    (REPORTS / "audit.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Lighthouse audit",
        "",
        "Made by `make audit` (tools/audit.py): Lighthouse with Debian's Chromium over the built site,",
        "served gzipped on 127.0.0.1. Timings are simulated (mobile: slow 4G, 4x CPU slowdown) and vary",
        "with the machine.",
        "",
        "| page | preset | performance | accessibility | first load (KB, gzipped) | LCP (s) | TBT (ms) | CLS |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['page']} | {row['preset']} | {row['performance']} | {row['accessibility']} "
            f"| {row['first_load_kb']} | {row['lcp_s']} | {row['tbt_ms']} | {row['cls']} |"
        )
    (REPORTS / "audit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
