"""Drive the page as a researcher with a month of news and its background: the range buttons land where
the events are, not on a lone forecast; the chart's "Other" lane can be chosen in the group filter.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Document, Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

ROWS = "() => Array.from(document.querySelectorAll('#tl-list li time'), t => t.textContent)"


def _news_month() -> Timeline:
    """Twelve days of December 2001, background years (1986 to 2001) and forecasts (2002, its third quarter):
    the page opens on nearly all of them, as on a month of news stories that look back and ahead."""
    values = [f"2001-12-{day:02d}" for day in range(3, 15)]
    values += ["1986", "1991", "1993", "1994", "1999", "2000", "2001", "2002", "2002-Q3"]
    events = [timelines.manual(f"Event of {value}", value) for value in values]
    return Timeline(events=[e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events)])


# (button, the view the status names, how many rows the list then holds at least)
BUTTONS = [
    ("1m", "2001", 12),
    ("6m", "2001", 12),
]


@pytest.mark.parametrize(("button", "view", "rows"), BUTTONS, ids=[b for b, _, _ in BUTTONS])
def test_range_buttons_show_the_stretch_with_most_events(open_page, button, view, rows):
    opened = open_page(_news_month())
    first = opened.status()
    assert first.endswith("in view: 1999 \u2013 2003"), "the page opens on the forecasts too"
    opened.page.click(f"#timeline .rangeselector .button >> text={button}")
    opened.page.wait_for_function("(first) => document.getElementById('tl-status').textContent !== first",
                                  arg=first)
    status = opened.status()
    assert view in status.partition(" \u00b7 in view: ")[2], status
    shown = opened.page.evaluate(ROWS)
    assert len(shown) >= rows and "third quarter of 2002" not in shown and "2002" not in shown, shown
    assert opened.errors == []


def _thirty_stories() -> Timeline:
    """Thirty stories of two dated sentences each: the chart folds the smallest into its "Other" lane."""
    documents = [Document(id=f"story{i:02d}", title=f"Story {i:02d}", date=dt.date(2001, 12, 28),
                          text=f"Crews met on {i % 27 + 1} December 2001. They left on 28 December 2001.")
                 for i in range(30)]
    events = [timelines.stated(d, phrase, value) for d in documents
              for phrase, value in ((f"{int(d.id[5:]) % 27 + 1} December 2001",
                                     f"2001-12-{int(d.id[5:]) % 27 + 1:02d}"),
                                    ("28 December 2001", "2001-12-28"))]
    return Timeline(documents=documents, events=events)


def test_the_other_lane_can_be_chosen_in_the_group_filter(open_page):
    opened = open_page(_thirty_stories())
    page = opened.page
    lanes = page.evaluate("document.getElementById('timeline').layout.meta.lanes")
    assert lanes[-1] == "Other"
    other = len(lanes) - 1
    members = page.evaluate(f"document.getElementById('timeline').layout.meta.events"
                            f".filter(e => e.lane === {other}).length")
    options = page.eval_on_selector_all("#tl-group option", "os => os.map(o => o.textContent)")
    assert options[-1] == f"Other lane ({members})" and members > 0
    page.select_option("#tl-group", label=options[-1])
    opened.wait_status(f"Showing {members} of 60 events")
    assert opened.errors == []
