"""Drive the timeline page as a reader who types a name without its accents (session 20): the search finds
"ZÜRICH" for "zurich", as `timeline list --query` does.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Document, Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

STRIKE = Document(
    id="strike", title="Tram strike ends", date=dt.date(2026, 2, 12), date_source="metadata",
    text="Tram drivers in ZÜRICH walked out on 9 February 2026. The São Paulo office closed on "
    "10 February 2026.",
)  # fmt: skip

# (id, what is typed into the search, the events shown): case and accents aside, on either side.
SEARCHES = [
    ("without-accents", "zurich", 1),
    ("two-words-without-accents", "sao paulo", 1),
    ("with-accents", "São", 1),
    ("no-match", "zurichs", 0),
]


def _strike() -> Timeline:
    events = [timelines.stated(STRIKE, "9 February 2026", "2026-02-09"),
              timelines.stated(STRIKE, "10 February 2026", "2026-02-10")]  # fmt: skip
    return Timeline(documents=[STRIKE], events=events)


@pytest.mark.parametrize(("typed", "shown"), [c[1:] for c in SEARCHES], ids=[c[0] for c in SEARCHES])
def test_the_search_finds_a_name_typed_without_its_accents(open_page, typed: str, shown: int):
    opened = open_page(_strike())
    opened.page.fill("#tl-search", typed)
    opened.wait_status(f"Showing {shown} of 2 events")
    assert opened.marks() == shown
    assert opened.errors == []
