"""Drive the timeline page on a tablet-wide window and on paper: labels, legend and chart stay whole.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import pytest

from tests import test_browser, timelines
from tests.test_browser_view import LONG_TITLES, _long_lanes, _overlaps
from tests.test_render_view import HISTORY, _spread
from timeline.models import Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

# The plot area and the event labels as drawn, in page pixels.
DRAWN = """() => {
  const box = (node) => { const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      y: Math.round((r.top + r.bottom) / 2)}; };
  const one = (selector) => { const node = document.querySelector(selector);
    return node ? box(node) : null; };
  return {plot: one('#timeline .nsewdrag'), legend: one('#timeline .legend'),
    crowd: ['#timeline .gtitle', '#timeline .gtitle-subtitle', '#timeline .rangeselector'].map(one),
    labels: Array.from(document.querySelectorAll('#timeline .annotation')).map(box)};
}"""


def _meets(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1 and a["top"] < b["bottom"] - 1 \
        and b["top"] < a["bottom"] - 1


# (id, window width): labels packed for a 1000-pixel plot, drawn on a narrower one
SQUEEZED = [("tablet-portrait", 768), ("half-a-laptop", 900)]


@pytest.mark.parametrize("width", [c[1] for c in SQUEEZED], ids=[c[0] for c in SQUEEZED])
def test_on_a_tablet_labels_neither_overlap_nor_run_off_the_plot(open_page, width):
    opened = open_page(timelines.sample(), viewport=(width, 900))
    drawn = opened.page.evaluate(DRAWN)
    plot, labels = drawn["plot"], drawn["labels"]
    assert len(labels) >= 5, "the chart keeps labels"
    assert _overlaps(labels) == []
    off = [b for b in labels if b["left"] < plot["left"] - 1 or b["right"] > plot["right"] + 1]
    assert off == [], (plot, off)
    assert opened.errors == []


@pytest.mark.parametrize("width", [c[1] for c in SQUEEZED], ids=[c[0] for c in SQUEEZED])
def test_on_a_tablet_the_legend_gives_way_to_the_title_and_buttons(open_page, width):
    opened = open_page(timelines.sample(), viewport=(width, 900))
    drawn = opened.page.evaluate(DRAWN)
    assert drawn["legend"] is None or not any(b and _meets(drawn["legend"], b) for b in drawn["crowd"]), drawn
    opened.page.set_viewport_size({"width": 1300, "height": 900})
    opened.page.wait_for_function("""() => { const gd = document.getElementById('timeline');
      return gd.querySelector('.legend') !== null && gd._fullLayout.width === gd.offsetWidth; }""")
    opened.page.wait_for_timeout(300)
    drawn = opened.page.evaluate(DRAWN)
    assert not any(b and _meets(drawn["legend"], b) for b in drawn["crowd"]), "a wide window shows it, clear"
    assert opened.errors == []


def _print(opened) -> None:
    opened.page.emulate_media(media="print")
    opened.page.evaluate("window.dispatchEvent(new Event('beforeprint'))")


def test_printed_from_a_wide_window_the_chart_fits_the_paper(open_page):
    opened = open_page(timelines.sample(), viewport=(1300, 900))
    _print(opened)
    svg = opened.page.evaluate("""() => { const r = document.querySelector('#timeline .main-svg')
      .getBoundingClientRect(); return [r.left, r.right]; }""")
    assert svg[1] - svg[0] <= 700, "a portrait A4 or Letter page holds the whole chart"
    opened.page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    opened.page.emulate_media(media="screen")
    width = "document.querySelector('#timeline .main-svg').getBoundingClientRect().width"
    assert opened.page.evaluate(width) > 1000, "the screen gets its chart back"
    assert opened.errors == []


# Dates that take two lines in the printed list's date column
WORDY = ["2025-W06", "2025-01-13TNI", "2025-03-02TAF", "2025-04-20"]


def test_a_printed_row_keeps_its_source_under_its_title_when_the_date_takes_two_lines(open_page):
    events = [timelines.manual(f"Vote {i}", value) for i, value in enumerate(WORDY)]
    opened = open_page(Timeline(events=events))
    _print(opened)
    rows = opened.page.evaluate("""() => Array.from(document.querySelectorAll('#tl-list li[data-index]'),
      li => {
      const part = (s) => li.querySelector(s).getBoundingClientRect(), range = document.createRange();
      range.selectNodeContents(li.querySelector('time'));
      const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size;
      return [lines, part('.tl-title').bottom, part('.tl-lane').top]; })""")
    assert sorted(r[0] for r in rows) == [1, 2, 2, 2], "three dates take two lines, one takes one"
    assert all(lane - title <= 3 for _, title, lane in rows), rows
    assert opened.errors == []


def test_paper_says_when_the_list_holds_only_the_events_in_view(open_page):
    values = _spread(48, 2024, 3) + HISTORY
    events = [timelines.manual(f"Dam vote number {i}", value).model_copy(update={"id": f"e{i}"})
              for i, value in enumerate(values)]
    opened = open_page(Timeline(events=events))
    heading = opened.page.locator("#tl-list-title")
    assert heading.text_content() == "Events"
    _print(opened)
    assert heading.text_content().startswith("Events \u00b7 Showing 48 of 62 events \u00b7 in view: 2023")
    opened.page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    opened.page.emulate_media(media="screen")
    assert heading.text_content() == "Events"
    opened.page.click("#timeline .rangeselector .button >> text=all")
    opened.wait_status("62 events")
    _print(opened)
    assert heading.text_content() == "Events", "a list of every event needs no word"
    assert opened.errors == []


# Each precision the chart draws, as its legend names and colours it; the key's entries, as drawn.
DRAWN_CLASSES = """() => document.getElementById('timeline').data
  .filter(t => t.meta && t.meta.role === 'events').map(t => [t.name, t.marker.color])"""
KEY_ENTRIES = """() => Array.from(document.querySelectorAll('.tl-key > .k-day, .tl-key > .k-bar'), span => {
  const style = getComputedStyle(span), point = span.classList.contains('k-day');
  return [span.nextSibling.textContent.trim(), point ? style.color : style.backgroundColor]; })"""
BAR_NOTE = " (a bar covers the whole period)"
# The key's symbols and the words after each, as drawn: [symbol top, symbol bottom, words top, words left].
KEY = """() => Array.from(document.querySelectorAll('.tl-key > span'), span => {
  const range = document.createRange();
  range.selectNodeContents(span.nextSibling);
  const words = range.getClientRects()[0], mark = span.getBoundingClientRect();
  return [mark.top, mark.bottom, words.top, words.left, mark.right]; })"""


@pytest.mark.parametrize("width", [390, 768, 1100, 1300], ids=["phone", "tablet", "small-laptop", "laptop"])
def test_each_symbol_of_the_key_sits_beside_its_words(open_page, width):
    opened = open_page(timelines.sample(), viewport=(width, 844))
    key = opened.page.evaluate(KEY)
    drawn = opened.page.evaluate(DRAWN_CLASSES)
    assert len(drawn) >= 5 and len(key) == len(drawn) + 2, "each precision drawn, then vague and by hand"
    for top, bottom, words_top, words_left, right in key:
        assert top - 6 <= words_top <= bottom + 2 and words_left >= right, key
    assert opened.errors == []


def test_on_a_phone_a_list_row_shows_its_source_whole(open_page):
    opened = open_page(_long_lanes(2), viewport=(390, 844))
    cut = opened.page.evaluate("""() => Array.from(document.querySelectorAll('#tl-list .tl-lane'),
      node => [node.textContent, node.scrollWidth > node.clientWidth + 1])""")
    assert sorted(text for text, _ in cut) == sorted(LONG_TITLES * 2), cut
    assert not any(is_cut for _, is_cut in cut), cut
    assert opened.errors == []


@pytest.mark.parametrize("width", [390, 768], ids=["phone", "tablet"])
def test_a_list_row_shows_its_title_whole(open_page, width):
    opened = open_page(timelines.sample(), viewport=(width, 844))
    cut = opened.page.evaluate("""() => Array.from(document.querySelectorAll('#tl-list .tl-title'),
      node => [node.textContent, node.scrollWidth > node.clientWidth + 1])""")
    assert len(cut) == 10 and not any(is_cut for _, is_cut in cut), cut
    assert opened.errors == []



def _rgb(colour: str) -> tuple[int, ...]:
    """Return the red, green and blue of "#2563eb", "rgb(37, 99, 235)" or "rgba(37, 99, 235, 0.45)"."""
    if colour.startswith("#"):
        return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(part)) for part in colour[colour.index("(") + 1 : -1].split(",")[:3])


@pytest.mark.parametrize("width", [390, 768, 1300], ids=["phone", "tablet", "laptop"])
def test_the_key_says_which_colour_is_which_precision_when_the_legend_gives_way(open_page, width):
    opened = open_page(timelines.sample(), viewport=(width, 844))
    drawn = {name: _rgb(colour) for name, colour in opened.page.evaluate(DRAWN_CLASSES)}
    entries = opened.page.evaluate(KEY_ENTRIES)
    said = {name.removesuffix(BAR_NOTE): _rgb(colour) for name, colour in entries}
    assert len(drawn) >= 5 and said == drawn
    assert opened.errors == []


def test_a_second_print_before_the_first_ends_keeps_the_chart_its_size(open_page):
    opened = open_page(timelines.sample(), viewport=(1300, 900))
    width = "document.querySelector('#timeline .main-svg').getBoundingClientRect().width"
    _print(opened)
    once = opened.page.evaluate(width)
    _print(opened)  # a print dialog opened again, or a PDF printer asking twice
    assert 600 <= opened.page.evaluate(width) == once <= 700
    assert opened.errors == []


def test_the_key_prints_its_colours(open_page):
    opened = open_page(timelines.sample())
    _print(opened)
    adjust = opened.page.evaluate("""() => Array.from(document.querySelectorAll('.tl-key > span'),
      span => getComputedStyle(span).printColorAdjust || getComputedStyle(span).webkitPrintColorAdjust)""")
    assert len(adjust) >= 7 and set(adjust) == {"exact"}, adjust
    assert opened.errors == []
