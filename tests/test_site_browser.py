"""The built site as a reader's browser sees it: accessibility, search, a clean
console.

One Chromium and one page (tests/conftest.py) visit every page of the strict
build (tests/conftest.py), served under ``/tfguide/`` as the host serves it
(tools/website.py):

- axe-core (the version ``package-lock.json`` pins, from node_modules/) checks
  each page in the light palette and, with the colour rules that depend on it,
  in the dark one; a serious or critical violation fails, naming the page, the
  palette, the rule and the elements; on a phone's width, every region that
  scrolls can take the keyboard focus; a code block the browser has not laid out
  yet (off screen) is a tab stop if and only if it scrolls once laid out, and
  already has the height it takes then; the Tab key, pressed through the longest
  chapter, stops at each code block that scrolls and at no other, with a mouse
  or a touch screen;
- a chapter's first load (gzipped, from an empty cache) stays within 150 KB;
- the page logs no error to the console and requests nothing that fails, here
  and under ``mkdocs serve`` (there four tabs load at once, each page waiting
  for its network to fall idle);
- Material's search, typed into as a reader does, finds for each API name every
  page whose text uses it, and no page twice (the notebook copies stay out of
  the index).
"""

from __future__ import annotations

import re
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from browser import require
from website import BIN, ENV, base_path, serve, site_pages

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FAILING_IMPACTS = ("serious", "critical")
# Rules whose result depends on the palette: the only ones run again in the dark
# palette.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
SERVE_TABS = 4  # pages loading at once under mkdocs serve
TAB_PRESSES, TAB_BURST = 1000, 25  # at most, and between looks at the focus
CHAPTERS = [
    "eager/",
    "tf_function/",
    "keras_models/",
    "custom_training/",
    "gpu/",
    "deploy/",
]
FIRST_LOAD_LIMIT = 150 * 1024  # bytes transferred, gzipped
API_NAMES = [
    "GradientTape",
    "tf.function",
    "jit_compile",
    "TFLiteConverter",
    "MirroredStrategy",
]
NO_TRANSITIONS = (
    "*, *::before, *::after "
    "{ transition: none !important; animation: none !important; }"
)

# WCAG 2.2 A and AA; axe's best practices (such as "all content in landmarks")
# are left out.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_RUN_AXE = """async ([type, values]) => {
  const options = { resultTypes: ["violations"], runOnly: { type, values } };
  const result = await axe.run(document, options);
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}"""


def _listen(page) -> list[str]:
    """The list that collects what ``page`` logs as an error or fails to
    load (``_visit`` empties it).
    """
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "requestfailed",
        lambda request: problems.append(f"failed: {request.url}"),
    )
    page.on(
        "response",
        lambda response: (
            problems.append(f"{response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    return problems


@pytest.fixture(scope="module")
def browser_page(chromium):
    """One page for the module, with the console errors it logs."""
    require(AXE.exists(), "node_modules/ is missing: run `make node-modules`")
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page, _listen(page)
    context.close()


@pytest.fixture(scope="module")
def served(site):
    # gzipped, as the host sends it
    with serve(site, base_path(), compress=True) as address:
        yield address


def _visit(page, problems: list[str], url: str, settle: bool = True) -> None:
    """Load ``url``; ``problems`` collects what it logs or fails to load
    from now on.
    """
    problems.clear()
    page.goto(url, wait_until="load")
    if settle:
        _settle(page)


def _settle(page) -> None:
    # Chromium asks for the favicon after the load event, and a page's
    # scripts fetch after it too: navigating on at once would abort them
    page.wait_for_load_state("networkidle")


def _logged(problems: list[str], url: str) -> list[str]:
    return [f"{url}: {problem}" for problem in problems]


def _after_frames(frames: int, body: str) -> str:
    """A script for page.evaluate that runs ``body`` (ending in ``return``)
    ``frames`` frames on, when the page's scripts have answered the browser's
    last change (no reader is faster)."""
    wait = (
        "(done) => "
        + "requestAnimationFrame(() => " * frames
        + "done()"
        + ")" * frames
    )
    return f"async () => {{ await new Promise({wait}); {body} }}"


# Regions of the article that scroll but that the keyboard cannot reach (WCAG
# 2.1.1), among those the browser has laid out.
_UNREACHABLE_SCROLLERS = _after_frames(
    3,
    (
        "\n"
        "  const unreachable = [];\n"
        '  for (const element of document.querySelectorAll("article *")) {\n'
        "    const style = getComputedStyle(element);\n"
        "    if (!/(auto|scroll)/.test(style.overflowX + style.overflowY))"
        " continue;\n"
        "    if (!element.checkVisibility({ contentVisibilityAuto: true }))"
        " continue; // hidden, or not laid out yet\n"
        "    if (element.scrollWidth <= element.clientWidth"
        " && element.scrollHeight <= element.clientHeight) continue;\n"
        "    if (element.tabIndex >= 0 || element.querySelector("
        '"a[href], button, input, select, textarea, [tabindex]")) continue;\n'
        "    unreachable.push("
        "`${element.tagName.toLowerCase()}.${element.className}`);\n"
        "  }\n"
        "  return unreachable;\n"
    ),
)

# Each shown code block: its first line, whether it is a tab stop, whether it
# scrolls (which only tells the truth for a block the browser has laid out).
_CODE_BLOCKS = _after_frames(
    3,
    (
        "\n"
        '  return [...document.querySelectorAll("article pre > code")]'
        ".filter((code) => code.checkVisibility()).map((code) => [\n"
        '    code.textContent.trim().split("\\n")[0].slice(0, 40),'
        " code.tabIndex >= 0, code.scrollWidth > code.clientWidth,\n"
        "  ]);\n"
    ),
)

# Lays out every code block at once, as if the reader had scrolled past each:
# from then on the page is what a reader sees of it, which axe's colour rules
# need (they find a text's background by what is drawn under it).
LAY_OUT_ALL = ".md-typeset pre { content-visibility: visible !important; }"
# The height of each code block: one not laid out yet must take the height it
# will have (docs/hooks/codeblocks.py), or the page jumps as the reader scrolls.
# The browser rounds line heights to its layout units, which a block of a
# hundred lines adds up to a pixel.
# Chromium keeps lengths in 1/64 px layout units, so the rounding can grow by
# up to that much per line: a long block gets its lines' share on top.
MOVE_TOLERANCE_PX = 2
ROUNDING_PER_LINE_PX = 1 / 64
_BLOCK_HEIGHTS = _after_frames(
    2,
    (
        "\n"
        '  return [...document.querySelectorAll("article pre")].map(\n'
        '    (pre) => [pre.textContent.trim().split("\\n")[0].slice(0, 40),'
        " pre.getBoundingClientRect().height,"
        ' parseInt(pre.style.getPropertyValue("--lines")) || 0]\n'
        "  );\n"
    ),
)


def _serious(violations: list[dict], name: str, palette: str) -> list[str]:
    return [
        f"{name or 'home'} ({palette}): {v['id']} [{v['impact']}] "
        f"{v['help']}: {', '.join(v['nodes'][:5])}"
        for v in violations
        if v["impact"] in FAILING_IMPACTS
    ]


def test_every_page_passes_axe_in_both_palettes_with_a_clean_console(
    site, served, browser_page
):
    page, problems = browser_page
    axe = AXE.read_text(encoding="utf-8")
    failures, console = [], []
    for name in site_pages(site):
        # axe takes longer than any request
        _visit(page, problems, served + name, settle=False)
        # more scrolls on a phone: all of it within keyboard reach
        page.set_viewport_size(PHONE)
        label = f"{name or 'home'} (phone)"
        # On load, most code blocks are not laid out: each must already be a tab
        # stop if, and only if, it scrolls once laid out.
        if unreachable := page.evaluate(_UNREACHABLE_SCROLLERS):
            failures.append(
                f"{label}: scrolls, not focusable: {', '.join(unreachable[:5])}"
            )
        on_load, heights = (
            page.evaluate(_CODE_BLOCKS),
            page.evaluate(_BLOCK_HEIGHTS),
        )
        page.add_style_tag(content=LAY_OUT_ALL)
        laid_out = page.evaluate(_CODE_BLOCKS)
        wrong = [
            f"{text!r} ({'a tab stop' if stop else 'no tab stop'}, "
            f"{'scrolls' if scrolls else 'does not scroll'})"
            for (text, stop, _), (_, _, scrolls) in zip(on_load, laid_out)
            if stop != scrolls
        ]
        if wrong:
            failures.append(f"{label}, on load: {', '.join(wrong[:3])}")
        changed = [
            f"{text!r} {height:.1f} -> {now:.1f} px"
            for (text, height, lines), (_, now, _) in zip(
                heights, page.evaluate(_BLOCK_HEIGHTS)
            )
            if abs(height - now)
            > max(MOVE_TOLERANCE_PX, lines * ROUNDING_PER_LINE_PX)
        ]
        if changed:
            failures.append(
                f"{label}: code blocks changed height once laid out: "
                f"{', '.join(changed[:3])}"
            )
        if unreachable := page.evaluate(_UNREACHABLE_SCROLLERS):
            failures.append(
                f"{label}, laid out: scrolls, not focusable: "
                f"{', '.join(unreachable[:5])}"
            )
        page.set_viewport_size(DESKTOP)
        page.add_script_tag(content=axe)
        page.add_style_tag(content=NO_TRANSITIONS)  # no colours caught halfway
        page.evaluate(
            "document.body.setAttribute('data-md-color-scheme', 'default')"
        )
        failures += _serious(
            page.evaluate(_RUN_AXE, ["tag", WCAG_TAGS]), name, "light"
        )
        page.evaluate(
            "document.body.setAttribute('data-md-color-scheme', 'slate')"
        )
        failures += _serious(
            page.evaluate(_RUN_AXE, ["rule", COLOUR_RULES]), name, "dark"
        )
        console += _logged(problems, served + name)
    assert not failures, "\n".join(failures)
    assert not console, "\n".join(console)


def test_a_chapter_page_first_load_is_light(served, browser_page):
    """What a first visit transfers (gzipped), the search index included if it
    loaded.
    """
    page, problems = browser_page
    cdp = page.context.new_cdp_session(page)
    # as on a first visit
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    finished = []

    def record(request):
        finished.append(request)

    page.on("requestfinished", record)
    try:
        heavy, weights = [], {}
        for name in CHAPTERS:
            finished.clear()
            _visit(page, problems, served + name)
            sizes = {request.url: request.sizes() for request in finished}
            total = sum(
                size["responseBodySize"] + size["responseHeadersSize"]
                for size in sizes.values()
            )
            assert not any(
                url.endswith("search_index.json") for url in sizes
            ), "the index loaded unasked"
            weights[name] = round(total / 1024, 1)
            if total > FIRST_LOAD_LIMIT:
                heavy.append(f"{name}: {total / 1024:.0f} KB")
        assert not heavy, heavy
        print("first load, KB gzipped:", weights)
    finally:
        page.remove_listener("requestfinished", record)
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
        cdp.detach()


def _expected_pages(site: Path, name: str) -> set[str]:
    """The pages (no notebooks) whose prose uses ``name``: the search index
    holds no code blocks or outputs (docs/hooks/search.py), so a name that a
    page has only inside a ``<pre>`` is not expected to find it.
    """
    found = set()
    for html in site.rglob("index.html"):
        location = html.parent.relative_to(site).as_posix()
        location = "" if location == "." else location + "/"
        if location.startswith("notebooks/"):
            continue
        article = re.search(
            r"<article\b.*?</article>",
            html.read_text(encoding="utf-8"),
            re.DOTALL,
        )
        prose = (
            re.sub(r"<pre\b.*?</pre>", "", article[0], flags=re.DOTALL)
            if article
            else ""
        )
        text = re.sub(r"<[^>]+>", "", prose)
        if name in text:
            found.add(location)
    return found


def _search(page, query: str) -> list[str]:
    """Type ``query`` into Material's search; the page of each result, in
    order."""
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press_sequentially(query)
    page.wait_for_function(
        "q => document.querySelector('.md-search-result__meta')"
        ".textContent.match(/\\d+|No matching/)"
        " && document.querySelector('.md-search__input').value === q",
        arg=query,
    )
    page.wait_for_timeout(300)  # the results of the last keystroke
    # Material renders ten results at a time, more as the list scrolls: scroll
    # to see them all.
    count = page.eval_on_selector(
        ".md-search-result__meta", "meta => parseInt(meta.textContent) || 0"
    )
    for _ in range(20):
        if (
            page.locator(
                ".md-search-result__list > .md-search-result__item"
            ).count()
            >= count
        ):
            break
        page.eval_on_selector(
            ".md-search__scrollwrap",
            "wrap => wrap.scrollTo(0, wrap.scrollHeight)",
        )
        page.wait_for_timeout(200)
    # one item per page found, its sections inside it
    return page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item",
        "items => items.map((item) =>"
        " item.querySelector('a.md-search-result__link').href)",
    )


@pytest.mark.parametrize("pointer", ["mouse", "touch screen"])
def test_the_tab_key_reaches_every_code_block_that_scrolls(
    served, browser_page, pointer
):
    """On the longest chapter at a phone's width, as a keyboard user goes
    through it.

    Most of its code blocks are off screen, not laid out, when the page loads;
    each must be a tab stop by the time the focus comes to it if it scrolls, and
    not be one if it doesn't. With a touch screen (no hover: a tablet with a
    keyboard attached) as with a mouse.
    """
    page, _ = browser_page
    context = page.context.browser.new_context(
        viewport=PHONE,
        has_touch=pointer == "touch screen",
        is_mobile=pointer == "touch screen",
    )
    try:
        page = context.new_page()
        page.goto(served + "keras_models/", wait_until="load")
        assert page.evaluate("matchMedia('(hover)').matches") == (
            pointer == "mouse"
        )
        page.evaluate(
            "document.querySelectorAll('article pre > code')"
            ".forEach((code, i) => { code.dataset.block = i; })"
        )
        # Chrome lets the Tab key into any region that scrolls once it is laid
        # out; Safari only into one with a tabindex, which each block that will
        # scroll must have on load.
        stops_on_load = set(
            page.evaluate(
                _after_frames(
                    2,
                    "\n"
                    "          return [...document.querySelectorAll("
                    "'article pre > code')]"
                    ".flatMap((code, i) => code.tabIndex >= 0 ? [i] : []);\n"
                    "        ",
                )
            )
        )
        # The page notes each focused block until the focus first reaches the
        # footer; the Tab key is pressed in bursts between looks at that note.
        page.evaluate(
            "window.tabbed = { blocks: [], footer: false };"
            " document.addEventListener('focusin', (event) => {"
            "   if (window.tabbed.footer) return;"
            "   const block = event.target.dataset?.block;"
            "   if (block !== undefined)"
            "     window.tabbed.blocks.push(Number(block));"
            "   window.tabbed.footer = Boolean(event.target.closest('footer'));"
            " });"
        )
        for _ in range(TAB_PRESSES // TAB_BURST):
            for _ in range(TAB_BURST):
                page.keyboard.press("Tab")
            if page.evaluate("window.tabbed.footer"):
                break
        else:
            pytest.fail(
                f"{TAB_PRESSES} presses of Tab never reached the footer"
            )
        focused = set(page.evaluate("window.tabbed.blocks"))
        page.add_style_tag(content=LAY_OUT_ALL)
        scrolling = set(
            page.evaluate(
                "[...document.querySelectorAll('article pre > code')]"
                ".flatMap((code, i) =>"
                " code.scrollWidth > code.clientWidth ? [i] : [])"
            )
        )
        assert len(scrolling) > 10, (
            "the test needs a page whose code blocks scroll"
        )
        assert stops_on_load == scrolling, (
            "on load, scroll, no tabindex: "
            f"{sorted(scrolling - stops_on_load)}; "
            f"tabindex, don't scroll: {sorted(stops_on_load - scrolling)}"
        )
        assert focused == scrolling, (
            f"scroll, never focused: {sorted(scrolling - focused)}; "
            f"focused, don't scroll: {sorted(focused - scrolling)}"
        )
    finally:
        context.close()


def test_search_finds_every_page_that_uses_an_api_name_once(
    site, served, browser_page
):
    page, problems = browser_page
    _visit(page, problems, served)
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta') !== null"
    )
    report = []
    for name in API_NAMES:
        found = [
            re.split(r"[?#]", link.removeprefix(served))[0]
            for link in _search(page, name)
        ]
        expected = _expected_pages(site, name)
        assert expected, f"no page uses {name}"
        missing = expected - set(found)
        twice = {location for location in found if found.count(location) > 1}
        notebooks = [
            location for location in found if location.startswith("notebooks/")
        ]
        if missing or twice or notebooks:
            report.append(
                f"{name}: missing {sorted(missing)}, twice {sorted(twice)}, "
                f"notebooks {notebooks}"
            )
    assert not report, "\n".join(report)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_mkdocs_serve_pages_log_no_errors(site, browser_page):
    """Under `make serve` (mkdocs serve) too: no versions.json 404 from the
    version selector.
    """
    page, _ = browser_page
    port = _free_port()
    server = subprocess.Popen(
        [
            BIN / "mkdocs",
            "serve",
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--no-livereload",
        ],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    address = f"http://127.0.0.1:{port}{base_path()}"
    log: list[str] = []
    try:
        # mkdocs serve says where it serves once it has built the site
        for line in server.stderr:
            log.append(line)
            if "Serving on http://" in line:
                break
        else:
            pytest.fail(f"mkdocs serve did not start:\n{''.join(log)}")
        # keep reading what it logs, so that it never waits on a full pipe
        threading.Thread(
            target=log.extend, args=(server.stderr,), daemon=True
        ).start()
        # a few pages load at once, each in its tab: their waits for the
        # network to fall idle overlap
        tabs = [page.context.new_page() for _ in range(SERVE_TABS)]
        heard = [_listen(tab) for tab in tabs]
        names, console = site_pages(site), []
        for start in range(0, len(names), SERVE_TABS):
            batch = list(zip(tabs, heard, names[start : start + SERVE_TABS]))
            for tab, problems, name in batch:
                _visit(tab, problems, address + name, settle=False)
            for tab, problems, name in batch:
                _settle(tab)
                console += _logged(problems, address + name)
        for tab in tabs:
            tab.close()
        assert not console, "\n".join(console)
    finally:
        server.terminate()
        server.wait(timeout=30)
