"""Drive the timeline page in Debian's Chromium (Playwright): it loads offline, draws, hovers, searches.

Every page is loaded from a file with all network requests blocked and recorded: a page that asks
for anything fails the test, which proves it works with the network off.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import timeline
from docs.screenshot import FIND_MARK  # the centre of an event's mark, found as the screenshot finds it
from tests import timelines
from tests.conftest import SEEDS
from timeline import render
from timeline.models import Timeline
from timeline.render import build_figure, render_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

# Count the marks drawn for events in the main plot (not the range slider's copy), per trace role.
COUNT_MARKS = """() => {
  const layer = document.querySelector('#timeline .cartesianlayer .subplot.xy .scatterlayer');
  let count = 0;
  if (!layer) { return count; }
  for (const group of layer.querySelectorAll(':scope > .trace')) {
    const trace = group.__data__ && group.__data__[0] && group.__data__[0].trace;
    if (trace && trace.meta && trace.meta.role === 'events') {
      count += group.querySelectorAll('path.point').length;
    }
  }
  return count;
}"""


@pytest.fixture(scope="module")
def browser():
    """Return a headless Chromium, or skip when Debian's chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (CI installs Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A page loaded offline, with what it logged, asked for and tried to pop up."""

    def __init__(self, browser, path: Path, *, viewport: tuple[int, int] = (1300, 900), hash: str = "",
                 scheme: str = "light"):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                     color_scheme=scheme)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri() + hash)
        self.page.wait_for_selector("#timeline[data-ready=true]", state="attached", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def marks(self) -> int:
        return self.page.evaluate(COUNT_MARKS)

    def wait_status(self, start: str) -> None:
        """Wait until the status line (events shown) starts with `start`."""
        script = "(start) => document.getElementById('tl-status').textContent.startsWith(start)"
        self.page.wait_for_function(script, arg=start, timeout=10_000)

    def status(self) -> str:
        return self.page.inner_text("#tl-status")

    def hover(self, index: int) -> str:
        """Move the mouse onto the event drawn `index`-th (in date order) and return its hover card."""
        label = self.page.locator("#timeline .hoverlayer .hovertext")
        self.page.mouse.move(1, 1)
        label.wait_for(state="detached", timeout=5_000)
        box = self.page.evaluate(FIND_MARK, index)
        self.page.mouse.move(box["x"], box["y"])
        label.wait_for(timeout=5_000)
        return label.text_content()


@pytest.fixture
def open_page(browser, tmp_path):
    """Return a function that renders a timeline to a file and opens it offline."""
    pages = []

    def opener(value: Timeline, *, viewport: tuple[int, int] = (1300, 900), hash: str = "",
               scheme: str = "light", **options) -> Opened:
        path = tmp_path / f"page{len(pages)}.html"
        path.write_text(render_html(value, **options), encoding="utf-8")
        pages.append(Opened(browser, path, viewport=viewport, hash=hash, scheme=scheme))
        return pages[-1]

    yield opener
    for opened in pages:
        opened.page.close()


@pytest.fixture(scope="module")
def sample_page(browser, tmp_path_factory):
    """Return the sample timeline's page, opened once per module that asks (its tests leave it as found)."""
    path = tmp_path_factory.mktemp("sample") / "page.html"
    path.write_text(render_html(timelines.sample()), encoding="utf-8")
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_seeds_page_draws_every_event_with_no_error(open_page):
    seeds = timeline.extract([SEEDS])
    opened = open_page(seeds)
    assert opened.errors == [] and opened.requests == []
    assert opened.marks() == len(seeds.events)
    if seeds.events:
        card = _squeeze(opened.hover(0))
        first = min(seeds.events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))
        assert _squeeze(first.title)[:30] in card
    titled = [d for d in seeds.documents if d.title]
    if len(seeds.documents) > 1 and titled and seeds.events:
        # A search for a document's whole title keeps its events and drops most of the others.
        document = titled[0]
        opened.page.fill("#tl-search", document.title)
        opened.wait_status("Showing ")
        shown = opened.marks()
        own = sum(any(e.document == document.id for e in event.evidence) for event in seeds.events)
        assert own <= shown < len(seeds.events)
        assert opened.status() == f"Showing {shown} of {len(seeds.events)} events"


def test_sample_page_draws_hovers_searches_and_filters(open_page):
    sample = timelines.sample()
    opened = open_page(sample)
    assert opened.errors == [] and opened.requests == [] and opened.dialogs == []
    assert opened.marks() == len(sample.events) and opened.status() == "10 events"
    assert "Negotiations began in 2017" in opened.hover(0)
    assert "Convention enters into force" in opened.hover(9)

    opened.page.fill("#tl-search", "BRIDGE")
    opened.wait_status("Showing ")
    stated = [e for e in sample.events if e.evidence]
    expected = sum("bridge" in (e.title + e.evidence[0].document).lower() for e in stated)
    assert 0 < expected < len(sample.events)
    assert opened.marks() == expected and opened.status() == f"Showing {expected} of 10 events"
    assert opened.page.locator("#tl-list li[data-index]").count() == expected

    opened.page.fill("#tl-search", "")
    opened.page.select_option("#tl-group", label="Added by hand")
    opened.wait_status("Showing 1 of 10 events")
    assert opened.marks() == 1
    assert opened.errors == []


def test_lanes_by_tag_offer_one_filter_that_sees_every_tag(open_page):
    tagged = Timeline(events=[
        timelines.manual("Strike called", "2025-03-01", tags=["labour", "port"]),
        timelines.manual("Port reopens", "2025-03-10", tags=["port"]),
        timelines.manual("Budget passed", "2025-04-02", tags=["budget"]),
    ])
    opened = open_page(tagged, group_by="tag")
    assert opened.page.locator("#tl-group").is_hidden()
    opened.page.select_option("#tl-tag", "port")
    opened.wait_status("Showing 2 of 3 events")
    assert opened.marks() == 2
    opened.page.select_option("#tl-tag", "labour")
    opened.wait_status("Showing 1 of 3 events")
    assert opened.errors == []


# The screen position of the first point of the bar of the event with a given index.
FIND_BAR_START = """(index) => {
  const gd = document.getElementById('timeline');
  const curve = gd.data.findIndex(t => t.meta && t.meta.role === 'spans' && t.customdata.includes(index));
  const trace = gd.data[curve], at = trace.customdata.indexOf(index), axes = gd._fullLayout;
  const box = gd.getBoundingClientRect(), x = axes.xaxis, y = axes.yaxis;
  return {x: box.left + x._offset + x.d2p(trace.x[at]) + 2, y: box.top + y._offset + y.d2p(trace.y[at])};
}"""


def test_the_end_of_a_bar_shows_the_card_of_its_event(open_page):
    opened = open_page(timelines.sample())
    box = opened.page.evaluate(FIND_BAR_START, 2)
    opened.page.mouse.move(box["x"], box["y"])
    label = opened.page.locator("#timeline .hoverlayer .hovertext")
    label.wait_for(timeout=5_000)
    assert "2019 \u2013 2021" in label.text_content() and "Talks ran" in label.text_content()
    assert opened.errors == []


def test_resizing_the_window_keeps_the_lanes_tall(open_page):
    opened = open_page(timelines.sample())
    height = "document.getElementById('timeline').getBoundingClientRect().height"
    before = opened.page.evaluate(height)
    opened.page.set_viewport_size({"width": 900, "height": 500})
    opened.page.wait_for_timeout(400)
    assert before > 400 and opened.page.evaluate(height) == before
    assert opened.marks() == 10 and opened.errors == []


def test_clicking_an_event_in_the_list_shows_its_evidence_and_source(open_page):
    opened = open_page(timelines.sample())
    opened.page.locator("#tl-list li[data-index]", has_text="25 October 2025").click()
    details = opened.page.locator("#tl-details")
    assert details.is_visible()
    assert details.locator("mark").inner_text() == "25 October 2025"
    assert details.locator("a").get_attribute("href") == "https://news.example.org/treaty"


def test_choosing_an_event_off_screen_by_its_address_pans_the_plot_to_it(open_page):
    sample = timelines.sample()
    opened = open_page(sample)
    opened.page.click("#timeline .rangeselector .button >> text=1y")
    opened.page.wait_for_timeout(300)
    shown = "document.getElementById('timeline').layout.xaxis.range.map(String)"
    low, high = opened.page.evaluate(shown)
    assert low > "2025", "the 1y button shows the last year"
    rows = opened.page.locator("#tl-list li[data-index]", has_text="2017")
    assert rows.count() == 0, "the list holds the events in view"
    event = next(e for e in build_figure(sample).layout.meta["events"] if e["date"] == "2017")
    opened.page.evaluate("(id) => { location.hash = '#' + id; }", event["id"])
    opened.page.wait_for_timeout(300)
    low, high = opened.page.evaluate(shown)
    assert low < "2017-07-02" < high and opened.errors == []


# The labels drawn in the plot: event index, row, and the box each takes on screen.
LABELS = """() => Array.from(document.querySelectorAll('#timeline .annotation')).map((node, i) => {
  const note = document.getElementById('timeline')._fullLayout.annotations[i];
  const box = node.getBoundingClientRect();
  return {index: Number(note.name), y: note.y, left: box.left, right: box.right};
})"""


def test_a_large_timeline_labels_the_events_in_view_once_zoomed_in(open_page):
    events = [timelines.manual(f"Event number {i} of the long story", f"20{16 + i % 10}-{i % 12 + 1:02d}-"
                               f"{i % 27 + 1:02d}") for i in range(render.LABEL_LIMIT + 80)]
    opened = open_page(Timeline(events=events))
    assert opened.page.evaluate(LABELS) == [], "no labels at the full view of a large timeline"
    opened.page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2021-03-01', '2021-06-01']})")
    opened.page.wait_for_function("document.querySelectorAll('#timeline .annotation').length > 0")
    labels = opened.page.evaluate(LABELS)
    at = opened.page.evaluate("document.getElementById('timeline').layout.meta.events.map(e => e.at)")
    assert 3 <= len(labels) <= 40
    assert all("2021-03-01" <= at[note["index"]][0] <= "2021-06-01" for note in labels), "day events: marks"
    for row in {note["y"] for note in labels}:
        boxes = sorted((n["left"], n["right"]) for n in labels if n["y"] == row)
        assert all(a[1] <= b[0] for a, b in zip(boxes, boxes[1:], strict=False)), boxes
    opened.page.evaluate("Plotly.relayout('timeline', {'xaxis.autorange': true})")
    opened.page.wait_for_function("document.querySelectorAll('#timeline .annotation').length === 0")
    assert opened.errors == []


def test_hostile_markup_is_shown_as_text_and_runs_nothing(open_page):
    hostile = timelines.hostile()
    opened = open_page(hostile)
    card = opened.hover(0)
    items = opened.page.locator("#tl-list li[data-index]")
    for number in range(items.count()):
        items.nth(number).click()
    opened.page.fill("#tl-search", "onerror")
    opened.wait_status("Showing ")
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == [] and opened.requests == [] and opened.errors == []
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert opened.page.evaluate("document.querySelectorAll('body script').length") == 3, "only the page's own"
    assert "<script>" in opened.page.title()
    assert "<script>window.__pwned = 1;" in card
    assert opened.page.locator("#tl-details a").count() == 0, "a javascript: url is never a link"
    assert opened.marks() == 1


def test_empty_timeline_page_says_so(open_page):
    opened = open_page(Timeline())
    assert opened.errors == [] and opened.requests == []
    assert opened.marks() == 0 and opened.status() == "0 events"
    assert "no dated events" in opened.page.inner_text("#timeline")


# Boxes on screen of the parts of the page a phone reader must see whole.
BOXES = """() => {
  const box = (selector) => {
    const node = document.querySelector(selector);
    if (!node) { return null; }
    const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
  };
  return {plot: box('#timeline .nsewdrag'), subtitle: box('#timeline .gtitle-subtitle'),
    buttons: box('#timeline .rangeselector'), legend: box('#timeline .legend'),
    labels: Array.from(document.querySelectorAll('#timeline .annotation')).map(n => {
      const r = n.getBoundingClientRect(); return {left: r.left, right: r.right}; }),
    width: document.documentElement.scrollWidth};
}"""


def test_on_a_phone_the_chart_takes_the_width_and_nothing_overlaps(open_page):
    wide = open_page(timelines.sample()).page.evaluate(BOXES)
    assert wide["legend"] is not None and len(wide["labels"]) == 10, "a wide screen keeps legend and labels"
    opened = open_page(timelines.sample(), viewport=(390, 844))
    boxes = opened.page.evaluate(BOXES)
    assert boxes["width"] <= 390, "no sideways scrolling"
    assert boxes["legend"] is None, "the legend would cover the title"
    assert boxes["plot"]["right"] - boxes["plot"]["left"] > 300, "lane names no longer eat the plot"
    assert boxes["buttons"]["top"] >= boxes["subtitle"]["bottom"]
    assert boxes["labels"], "labels come from the view"
    assert all(boxes["plot"]["left"] - 1 <= b["left"] and b["right"] <= boxes["plot"]["right"] + 1
               for b in boxes["labels"]), (boxes["plot"], boxes["labels"])
    opened.page.set_viewport_size({"width": 1300, "height": 900})
    opened.page.wait_for_function("document.querySelector('#timeline .legend') !== null")
    assert opened.errors == []


def test_keyboard_search_list_details_and_escape(open_page):
    sample = timelines.sample()
    opened = open_page(sample)
    page = opened.page
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "tl-search"
    page.keyboard.type("bridge")
    opened.wait_status("Showing ")
    page.keyboard.press("Escape")
    opened.wait_status("10 events")
    rows = page.locator("#tl-list li[data-index]")
    rows.first.focus()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.dataset.index") == "1"
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert style == "solid", "keyboard focus is visible"
    page.keyboard.press("Enter")
    details = page.locator("#tl-details")
    second = page.evaluate("document.getElementById('timeline').layout.meta.events[1]")
    assert details.is_visible() and details.locator("h3").inner_text() == second["title"]
    assert page.evaluate("location.hash") == "#" + second["id"]
    page.keyboard.press("Escape")
    assert details.is_hidden() and page.evaluate("location.hash") == ""
    assert page.evaluate("document.activeElement.dataset.index") == "1", "focus goes back to the row"
    assert opened.errors == []


def test_a_permalink_opens_the_page_on_its_event(open_page):
    sample = timelines.sample()
    figure = build_figure(sample)
    index = next(i for i, e in enumerate(figure.layout.meta["events"]) if e["date"] == "summer 2023")
    event = figure.layout.meta["events"][index]
    opened = open_page(sample, hash="#" + event["id"])
    details = opened.page.locator("#tl-details")
    assert details.is_visible() and details.locator("h3").inner_text() == event["title"]
    assert opened.page.locator("#tl-list li.tl-current").get_attribute("data-index") == str(index)
    card = opened.page.locator("#timeline .hoverlayer .hovertext")
    card.wait_for(timeout=5_000)
    assert "summer 2023" in card.text_content(), "the chart points at the event"
    opened.page.evaluate("location.hash = '#nothing-of-that-name'")
    opened.page.wait_for_timeout(200)
    assert details.locator("h3").inner_text() == event["title"] and opened.errors == []


def test_clicking_a_mark_brings_its_row_into_the_list(open_page):
    events = [timelines.manual(f"Council meeting number {i}", f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(60)]
    opened = open_page(Timeline(events=events))
    last = 59
    box = opened.page.evaluate(FIND_MARK, last)
    opened.page.mouse.click(box["x"], box["y"])
    row = opened.page.locator(f'#tl-list li[data-index="{last}"]')
    row.wait_for(timeout=5_000)
    assert "tl-current" in row.get_attribute("class")
    inside = """(i) => { const list = document.getElementById('tl-list').getBoundingClientRect();
      const row = document.querySelector(`#tl-list li[data-index="${i}"]`).getBoundingClientRect();
      return row.top >= list.top - 1 && row.bottom <= list.bottom + 1; }"""
    assert opened.page.evaluate(inside, last), "the row is scrolled into the list's view"
    assert opened.page.evaluate("window.scrollY") == 0, "the page itself stays on the chart"
    assert opened.errors == []


def test_printing_lists_every_event_in_full_without_controls(open_page):
    events = [timelines.manual(f"Hearing {i} of the long inquiry into the river works and their cost",
                               f"20{10 + i % 12}-{i % 12 + 1:02d}-{i % 28 + 1:02d}") for i in range(260)]
    opened = open_page(Timeline(events=events))
    page = opened.page
    assert page.locator("#tl-list li[data-index]").count() == 200, "the screen list stops at 200"
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#tl-list li[data-index]").count() == 260
    assert page.locator(".tl-bar").is_hidden()
    style = page.evaluate("""() => { const l = getComputedStyle(document.getElementById('tl-list'));
      const t = getComputedStyle(document.querySelector('#tl-list .tl-title'));
      return [l.maxHeight, l.overflowY, t.whiteSpace]; }""")
    assert style == ["none", "visible", "normal"]
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("#tl-list li[data-index]").count() == 200
    assert opened.errors == []


# The contrast ratio (WCAG) of an element's text on the background it is drawn on.
CONTRAST = """(selector) => {
  const rgb = (value) => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const [r, g, b] = c.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const node = document.querySelector(selector);
  let back = node;
  while (back && getComputedStyle(back).backgroundColor.replace(/\\s/g, '') === 'rgba(0,0,0,0)') {
    back = back.parentElement; }
  const a = lum(rgb(getComputedStyle(node).color));
  const b = lum(rgb(getComputedStyle(back || document.body).backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""
TEXTS = ["#tl-list .tl-title", "#tl-list time", "#tl-list .tl-lane", "#tl-status", ".tl-key", "#tl-search"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_is_readable_in_light_and_dark_mode(open_page, scheme):
    opened = open_page(timelines.sample(), scheme=scheme)
    background = opened.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(11, 18, 32)") == (scheme == "dark")
    for selector in TEXTS:
        assert opened.page.evaluate(CONTRAST, selector) >= 4.5, (scheme, selector)


def test_tab_reaches_the_list_once_and_moves_on(open_page):
    events = [timelines.manual(f"Vote number {i}", f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(30)]
    opened = open_page(Timeline(events=events))
    page = opened.page
    page.focus("#tl-search")
    reached, toolbar = [], []
    for _ in range(15):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.dataset.index || document.activeElement.id"))
        toolbar.append(page.evaluate("""() => { const b = document.activeElement;
          return b.classList.contains('modebar-btn')
            ? [b.dataset.title, getComputedStyle(b.parentElement).opacity] : null; }"""))
    assert "0" in reached and "1" not in reached, reached
    buttons = [b for b in toolbar if b]
    assert buttons and all(opacity == "1" for _, opacity in buttons), "the toolbar shows when tabbed into"
    assert "Share chart..." not in [title for title, _ in buttons], "nothing offers to upload the chart"
    page.locator("#tl-list li[data-index]").nth(4).click()
    page.focus("#tl-search")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.index"):
            break
    assert page.evaluate("document.activeElement.dataset.index") == "4", "Tab comes back to the chosen row"
    assert opened.errors == []


def test_on_a_phone_tapping_a_mark_brings_its_details_into_view(open_page):
    opened = open_page(timelines.sample(), viewport=(390, 844))
    box = opened.page.evaluate(FIND_MARK, 9)
    opened.page.mouse.click(box["x"], box["y"])
    details = opened.page.locator("#tl-details")
    details.wait_for(timeout=5_000)
    opened.page.wait_for_timeout(200)
    top, bottom = opened.page.evaluate("(() => { const r = document.getElementById('tl-details')"
                                       ".getBoundingClientRect(); return [r.top, r.bottom]; })()")
    assert 0 <= top and bottom <= 844, (top, bottom)
    assert opened.errors == []


def test_the_list_says_how_to_narrow_it_when_cut(open_page):
    events = [timelines.manual(f"Sitting {i}", f"20{10 + i % 12}-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(230)]
    more = open_page(Timeline(events=events)).page.inner_text("#tl-list .tl-more")
    assert "and 30 more" in more and "zoom" in more, "zooming the chart narrows the list"


FILTERS = [
    # (id, how the reader narrows the page after choosing a treaty event: selector, value)
    ("search", "#tl-search", "bridge"),
    ("group", "#tl-group", "Added by hand"),
]


@pytest.mark.parametrize(("control", "value"), [c[1:] for c in FILTERS], ids=[c[0] for c in FILTERS])
def test_a_filter_that_drops_the_event_on_show_closes_its_card_and_hover(open_page, control, value):
    opened = open_page(timelines.sample())
    chosen = opened.page.locator("#tl-list li[data-index]", has_text="25 October 2025").first
    chosen.click()
    opened.page.locator("#timeline .hoverlayer .hovertext").wait_for(timeout=5_000)
    assert opened.page.locator("#tl-details").is_visible()
    if control == "#tl-search":
        opened.page.fill(control, value)
    else:
        opened.page.select_option(control, label=value)
    opened.wait_status("Showing ")
    assert opened.page.locator("#tl-details").is_hidden(), "the card of an event filtered out"
    assert opened.page.locator("#timeline .hoverlayer .hovertext").count() == 0, "its hover label"
    assert opened.page.evaluate("document.activeElement.closest('#tl-list') === null"), "focus stays put"
    if control == "#tl-search":
        assert opened.page.evaluate("document.activeElement.id") == "tl-search", "the reader goes on typing"
    assert opened.errors == []


def test_a_filter_that_keeps_the_event_on_show_keeps_its_card(open_page):
    opened = open_page(timelines.sample())
    opened.page.locator("#tl-list li[data-index]", has_text="25 October 2025").first.click()
    opened.page.fill("#tl-search", "convention")
    opened.wait_status("Showing ")
    assert opened.page.locator("#tl-details").is_visible()
    assert opened.errors == []


# (id, what the reader types, events of the sample found): an outlet's address finds what it said
SEARCH_ADDRESSES = [
    ("host-of-a-document", "news.example.org", 6),  # the treaty article's six events
    ("host-of-an-event-link", "example.org/status", 1),  # the hand event's own link
    ("in-no-address", "nowhere.example", 0),
]


@pytest.mark.parametrize(("typed", "found"), [c[1:] for c in SEARCH_ADDRESSES],
                         ids=[c[0] for c in SEARCH_ADDRESSES])  # fmt: skip
def test_search_finds_the_events_of_an_outlet_by_its_address(open_page, typed, found):
    opened = open_page(timelines.sample())
    opened.page.fill("#tl-search", typed)
    opened.wait_status(f"Showing {found} of 10 events")
    assert opened.marks() == found
    assert opened.errors == []
