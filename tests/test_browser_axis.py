"""Drive the timeline page: the zoom buttons and the legend leave the dates above the lanes readable.

The browser and the offline page opener come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Document, Timeline
from timeline.render import build_figure

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

# The boxes of the range buttons, the legend and the date labels of both axes, as drawn.
BOXES = """() => {
  const box = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
  const all = s => Array.from(document.querySelectorAll('#timeline ' + s));
  const ticks = all('.xtick text, .x2tick text').filter(e => e.textContent.trim())
    .map(e => [e.textContent, box(e)]).filter(([, b]) => b[2] > b[0]);
  return {buttons: all('.rangeselector .button').map(box), legend: all('.legend').map(box), ticks: ticks};
}"""


def three_weeks(stories: int = 22) -> Timeline:
    """Return a story followed for three weeks by many outlets: lanes taller than a screen, dates in days."""
    documents, events = [], []
    for i in range(stories):
        day = dt.date(2026, 11, 2) + dt.timedelta(days=i % 21)
        text = (f"The dockworkers of berth {i} walked out on {day:%d} November 2026. "
                f"Talks on berth {i} resumed on {day.day + 1:02d} November 2026.")
        document = Document(id=f"story-{i:02d}", title=f"Berth {i} walkout", text=text, date=day)
        documents.append(document)
        events += [timelines.stated(document, f"{day:%d} November 2026", f"{day:%Y-%m-%d}"),
                   timelines.stated(document, f"{day.day + 1:02d} November 2026",
                                    f"{day + dt.timedelta(days=1):%Y-%m-%d}")]
    return Timeline(title="Three weeks", documents=documents, events=events)


def _meet(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("viewport", [(1300, 900), (900, 700), (700, 800)], ids=["wide", "laptop", "tablet"])
def test_zoom_buttons_and_legend_leave_the_first_dates_readable(open_page, viewport):
    value = three_weeks()
    assert "xaxis2" in build_figure(value).layout, "lanes this tall repeat the dates above them"
    opened = open_page(value, viewport=viewport)
    boxes = opened.page.evaluate(BOXES)
    assert boxes["buttons"] and boxes["ticks"], boxes
    covered = [(text, which) for text, tick in boxes["ticks"]
               for which in ("buttons", "legend") for box in boxes[which] if _meet(box, tick)]
    assert covered == [], covered
    assert opened.errors == []
