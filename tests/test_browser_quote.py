"""Drive the page for an event added by hand with a quote (`timeline add --quote`): its evidence is shown.

The browser and the offline page opener come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline import edit, typed_dates
from timeline.models import Document
from timeline.quotes import quote_evidence

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser


def test_a_quoted_hand_event_shows_its_quote_and_source_without_an_empty_mark(open_page):
    sample = timelines.sample()
    cited = quote_evidence(sample, "engineers finished the deck", document="bridge")
    when = typed_dates.when_of("2025", None, reference=sample.documents[0].date)
    edit.add(sample, title="Deck work done", when=when, evidence=[cited])
    opened = open_page(sample)
    opened.page.locator("#tl-list li[data-index]", has_text="Deck work done").click()
    details = opened.page.locator("#tl-details")
    assert details.is_visible()
    assert details.locator("blockquote").inner_text() == "Engineers finished the deck"
    assert details.locator("mark").count() == 0, "a quote without a date phrase has nothing to emphasize"
    assert "River bridge reopens" in details.locator(".tl-source").inner_text()
    assert "added by hand" in details.locator(".tl-when").inner_text()
    assert opened.errors == [] and opened.requests == []


LONG = ("The harbour board told a stunned meeting that the old ferry would not sail again, because the "
        "insurers had withdrawn their cover, the crew had been laid off, the engine needed parts no longer "
        "made anywhere, and the berth itself was wanted for the new container terminal planned by the port")


def test_search_finds_the_start_of_a_long_sentence_without_a_date_phrase(open_page):
    sample = timelines.sample()
    sample.documents.append(Document(id="ferry", text=LONG, date=dt.date(2026, 5, 4)))
    cited = quote_evidence(sample, LONG, document="ferry")  # the whole sentence: no date phrase in it
    when = typed_dates.when_of("May 2026", None, reference=dt.date(2026, 5, 4))
    edit.add(sample, title="Ferry retired", when=when, evidence=[cited])
    opened = open_page(sample)
    opened.page.fill("#tl-search", "stunned meeting")
    opened.wait_status("Showing 1 of")
    assert opened.page.locator("#tl-list li[data-index]").all_inner_texts()[0].count("Ferry retired") == 1
    opened.page.locator("#tl-list li[data-index]", has_text="Ferry retired").click()
    assert opened.page.locator("#tl-details blockquote").inner_text().startswith("The harbour board told")
    assert opened.errors == []
