"""Hover the marks of a crowded chart (session 21): each mark shows its own card.

When decades are in view a month's bar is about a pixel wide, and plotly gave the mouse over a month's mark
to the end of that bar (it scores a point inside a mark by the mark's size, a line's end within half a
pixel as no distance at all); the page then hovered the bar's event at its place, which went to the bar's
end again, and no card showed. The page now gives a bar's end the hover (and the click) of the mark under the
mouse, if any: the click test guards that a month's mark still opens its own details.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser
from timeline.models import Event, Timeline, When

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser


def _crowd(decades: int, years: int, months: int) -> Timeline:
    """Return decade and year bars over a century in one lane, with month events spread among them."""
    events = []
    for i in range(decades):
        start = dt.date(1900 + i * 110 // decades // 10 * 10, 1, 1)
        when = When(value=f"{start.year // 10}", start=start, end=dt.date(start.year + 9, 12, 31),
                    granularity="decade")  # fmt: skip
        events.append(Event(id=f"c{i}", title=f"Harbour decade {i} dredged", when=when))
    for i in range(years):
        year = 1900 + i * 120 // years
        when = When(value=str(year), start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year")
        events.append(Event(id=f"y{i}", title=f"Lighthouse year {i} lit", when=when))
    for i in range(months):
        first = dt.date(1902 + i * 115 // months, i * 7 % 12 + 1, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        when = When(value=first.isoformat()[:7], start=first, end=last, granularity="month")
        events.append(Event(id=f"m{i}", title=f"Ferry month {i} sailed", when=when))
    return Timeline(events=events)


# Each event's mark in the main plot, inside the plot area and the window: its index, class and centre.
MARKS = """() => {
  const out = [], layer = document.querySelector('#timeline .cartesianlayer .subplot.xy .scatterlayer');
  const area = document.querySelector('#timeline .draglayer .xy .nsewdrag').getBoundingClientRect();
  for (const group of layer.querySelectorAll(':scope > .trace')) {
    const trace = group.__data__[0].trace;
    if (!trace.meta || trace.meta.role !== 'events') { continue; }
    group.querySelectorAll('path.point').forEach((path, k) => {
      const box = path.getBoundingClientRect(), x = box.x + box.width / 2, y = box.y + box.height / 2;
      if (x > area.left && x < area.right && y > area.top && y < Math.min(area.bottom, window.innerHeight)) {
        out.push([trace.customdata[k], trace.meta.class, x, y]);
      }
    });
  }
  return out;
}"""
CARDS = (
    "() => [...document.querySelectorAll('#timeline .hoverlayer .hovertext')].map(card => card.textContent)"
)
TITLES = "() => document.getElementById('timeline').layout.meta.events.map(e => e.title)"

# (id, decade bars, year bars, month events, where the mouse goes: pixels right of and below the centre)
HOVERS = [
    ("centre-of-month-marks", 12, 150, 200, 0, 0),
    ("a-pixel-right-of-centre", 12, 150, 200, 1, 0),
    ("centre-among-thirty-decades", 30, 100, 300, 0, 0),
    ("high-on-the-mark", 12, 150, 200, 0, -5),  # far from the bar's end: plotly chose the mark already
]


def _alone(marks: list) -> list:
    """Return the marks with no other mark drawn over them (plotly chooses between marks drawn together)."""
    return [m for m in marks if sum(abs(m[2] - o[2]) < 12 and abs(m[3] - o[3]) < 12 for o in marks) == 1]


def _sampled(page, cls: str) -> list:
    marks = [m for m in _alone(page.evaluate(MARKS)) if m[1] == cls]
    return marks[:: max(1, len(marks) // 15)]


@pytest.mark.parametrize(("decades", "years", "months", "right", "below"), [c[1:] for c in HOVERS],
                         ids=[c[0] for c in HOVERS])  # fmt: skip
def test_hovering_a_mark_among_crowded_bars_shows_its_own_card(
    open_page, decades, years, months, right, below
):
    opened = open_page(_crowd(decades, years, months), group_by="none", viewport=(1300, 1100))
    page = opened.page
    titles = page.evaluate(TITLES)
    sample = _sampled(page, "month") + _sampled(page, "year")[:5]
    assert len(sample) >= 15
    wrong = []
    for index, _, x, y in sample:
        page.mouse.move(1, 1)
        page.wait_for_function(f"() => ({CARDS})().length === 0", timeout=5_000)
        page.mouse.move(x + right, y + below)
        page.wait_for_timeout(250)
        cards = page.evaluate(CARDS)
        if not (len(cards) == 1 and titles[index] in cards[0]):
            wrong.append((titles[index], cards))
    assert wrong == []
    assert opened.errors == []


def _settled(page, index: int) -> tuple[float, float]:
    """Return the centre of an event's mark once the chart has stopped moving.

    Still for three looks in a row (600 ms): closing the details pans the chart a moment after the key, so
    two equal looks 150 ms apart could fall before the pan and the click land on another event.
    """
    at, still = None, 0
    for _ in range(40):
        page.wait_for_timeout(200)
        now = next((m[2], m[3]) for m in page.evaluate(MARKS) if m[0] == index)
        still = still + 1 if now == at else 0
        if still == 3:
            return now
        at = now
    raise AssertionError(f"the mark of event {index} kept moving")


def test_clicking_a_month_mark_among_crowded_bars_opens_its_own_details(open_page):
    opened = open_page(_crowd(12, 150, 200), group_by="none", viewport=(1300, 1100))
    page = opened.page
    titles = page.evaluate(TITLES)
    sample = [m[0] for m in _sampled(page, "month")[:6]]
    assert len(sample) >= 5
    wrong = []
    for index in sample:  # where the mark is now: opening details pans the chart to the chosen event
        x, y = _settled(page, index)
        page.mouse.click(x, y)
        page.wait_for_function("() => !document.getElementById('tl-details').hidden", timeout=5_000)
        details = page.inner_text("#tl-details")
        if titles[index] not in details:
            wrong.append((titles[index], details[:80]))
        page.keyboard.press("Escape")
        page.wait_for_function("() => document.getElementById('tl-details').hidden", timeout=5_000)
    assert wrong == []
    assert opened.errors == []
