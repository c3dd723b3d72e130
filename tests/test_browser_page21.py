"""Drive the timeline page as a demanding reader (session 21): a card the chart showed for a chosen event goes
when its details close, a printed page carries no hover card over the marks, and the year and decade bars of a
crowded lane are not drawn over each other in one row.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Event, Timeline, When

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

CARDS = "() => document.querySelectorAll('#timeline .hoverlayer .hovertext').length"
DETAILS_HIDDEN = "() => document.getElementById('tl-details').hidden"
# Each row's bars (y -> [start, stop] pairs in ms) of the span traces drawn in the main plot.
BARS = """() => {
  const gd = document.getElementById('timeline'), rows = {};
  for (const trace of gd.data) {
    if (!trace.meta || trace.meta.role !== 'spans') { continue; }
    for (let k = 0; k + 1 < trace.x.length; k += 3) {
      (rows[trace.y[k]] = rows[trace.y[k]] || []).push([Date.parse(trace.x[k]), Date.parse(trace.x[k + 1])]);
    }
  }
  return rows;
}"""
ROWS = "() => new Set(document.getElementById('timeline').data.flatMap(t => t.y || []).filter(y => y !== null)).size"  # noqa: E501

# (id, how the reader closes the details of the event chosen in the list)
CLOSINGS = [
    ("escape-key", lambda page: page.keyboard.press("Escape")),
    ("close-button", lambda page: page.click(".tl-close")),
]


def _choose_first(opened) -> None:
    opened.page.focus("#tl-list li[data-index]")
    opened.page.keyboard.press("Enter")
    opened.page.wait_for_function(f"() => ({CARDS})() === 1", timeout=5_000)


@pytest.mark.parametrize("close", [c[1] for c in CLOSINGS], ids=[c[0] for c in CLOSINGS])
def test_closing_the_details_takes_the_charts_card_away_too(open_page, close):
    opened = open_page(timelines.sample())
    _choose_first(opened)
    close(opened.page)
    opened.page.wait_for_function(DETAILS_HIDDEN, timeout=5_000)
    opened.page.wait_for_function(f"() => ({CARDS})() === 0", timeout=5_000)
    focused = opened.page.evaluate("() => document.activeElement.dataset.index")
    assert focused == "0", "the focus goes back to the row"
    assert opened.errors == []


def test_a_printed_page_carries_no_hover_card(open_page):
    opened = open_page(timelines.sample())
    _choose_first(opened)
    shown = "() => getComputedStyle(document.querySelector('#timeline .hoverlayer')).display"
    assert opened.page.evaluate(shown) != "none"
    opened.page.emulate_media(media="print")
    assert opened.page.evaluate(shown) == "none"
    opened.page.emulate_media(media="screen")
    assert opened.page.evaluate(shown) != "none"


def _crowded(days: int, spans: int, years: int) -> Timeline:
    """Return day events over two years and, long before them, 30-year spans that start every half year."""
    events = []
    for i in range(days):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i * 700 // days)
        when = When(value=day.isoformat(), start=day, end=day, granularity="day")
        events.append(Event(id=f"d{i}", title=f"Council meeting {i}", when=when))
    for i in range(spans):
        start = dt.date(1800 + i // 2, 1, 1)
        end = dt.date(start.year + years - 1, 12, 31)
        when = When(value=str(start.year), end_value=str(end.year), start=start, end=end, granularity="year")
        events.append(Event(id=f"s{i}", title=f"Reign {i}", when=when))
    return Timeline(events=events)


# (id, day events, spans, years each span lasts)
CROWDS = [
    ("forty-thirty-year-spans", 400, 40, 30),
    ("twelve-decades", 300, 12, 10),
]


def _depth(bars: list[list[float]]) -> int:
    edges = sorted([(start, 1) for start, _ in bars] + [(stop, -1) for _, stop in bars])
    depth = most = 0
    for _, step in edges:
        depth += step
        most = max(most, depth)
    return most


@pytest.mark.parametrize(("days", "spans", "years"), [c[1:] for c in CROWDS], ids=[c[0] for c in CROWDS])
def test_the_long_bars_of_a_crowded_lane_are_not_drawn_over_each_other(open_page, days, spans, years):
    opened = open_page(_crowded(days, spans, years), group_by="none")
    rows = opened.page.evaluate(BARS)
    every = [bar for bars in rows.values() for bar in bars]
    assert len(every) == spans
    fair = -(-_depth(every) // opened.page.evaluate(ROWS))  # each row takes its share of the bars at once
    assert max(_depth(bars) for bars in rows.values()) <= fair + 1
    assert opened.errors == []


# The rows the y axis shows, and the rows of the marks drawn.
SHOWN_ROWS = """() => { const gd = document.getElementById('timeline');
  const marks = gd.data.filter(t => t.meta && t.meta.role === 'events').flatMap(t => t.y);
  return {range: gd.layout.yaxis.range, marks: [...new Set(marks)].sort((a, b) => a - b)}; }"""

# (id, the stages whose title a search for "pier" finds, among eight on one day: one row each)
ROW_SEARCHES = [
    ("first-and-last-rows", (0, 7), 2),
    ("one-row-in-the-middle", (4,), 1),
    ("three-rows", (1, 3, 6), 3),
]


@pytest.mark.parametrize(("found", "rows"), [c[1:] for c in ROW_SEARCHES], ids=[c[0] for c in ROW_SEARCHES])
def test_a_search_in_one_lane_of_many_rows_moves_its_matches_up(open_page, found, rows):
    titles = [f"Stage {i} of the harbour works{' at the pier' if i in found else ''}" for i in range(8)]
    events = [timelines.manual(title, "2020-05-01") for title in titles]
    whole = Timeline(events=[e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events)])
    opened = open_page(whole, group_by="none")
    before = opened.page.evaluate(SHOWN_ROWS)
    assert before["marks"] == list(range(8)), "eight rows, one mark each"
    opened.page.fill("#tl-search", "pier")
    opened.wait_status(f"Showing {len(found)} of 8 events")
    after = opened.page.evaluate(SHOWN_ROWS)
    assert after == {"range": [rows - 0.5, -0.5], "marks": list(range(rows))}
    opened.page.fill("#tl-search", "")
    opened.wait_status("8 events")
    assert opened.page.evaluate(SHOWN_ROWS) == before
    assert opened.errors == []
