"""Drive the timeline page as a journalist searching it (session 16): a search whose matches lie outside
the view says how many, rather than a bare "Showing 0".

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import pytest

from tests import test_browser, timelines
from timeline.models import Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

ROWS = "() => document.querySelectorAll('#tl-list li[data-index]').length"
EMPTY_VIEW = "Plotly.relayout('timeline', {'xaxis.range': ['2014-01-01', '2015-06-01']})"


def test_a_search_whose_matches_are_out_of_view_says_how_many(open_page):
    opened = open_page(timelines.sample())
    page = opened.page
    page.fill("#tl-search", "convention")
    page.wait_for_function("document.getElementById('tl-status').textContent.indexOf('Showing ') === 0")
    page.evaluate(EMPTY_VIEW)
    opened.wait_status("Showing 0 of 10 events")
    said = opened.status()
    page.click("#tl-reset")
    page.wait_for_function("document.getElementById('tl-status').textContent.indexOf('in view') < 0")
    matches = page.evaluate(ROWS)
    assert matches >= 1
    outside = "1 match" if matches == 1 else f"{matches} matches"
    assert said.endswith(f"\u00b7 in view: January 2014 \u2013 June 2015 \u00b7 {outside} outside it"), said
    page.evaluate(EMPTY_VIEW)
    opened.wait_status("Showing 0 of 10 events")
    note = page.inner_text("#tl-list .tl-more")
    assert note.startswith("The match is" if matches == 1 else f"The {matches} matches are"), note
    assert opened.errors == []


def test_without_a_search_the_view_alone_is_said(open_page):
    opened = open_page(timelines.sample())
    opened.page.evaluate(EMPTY_VIEW)
    opened.wait_status("Showing 0 of 10 events")
    assert opened.status() == "Showing 0 of 10 events \u00b7 in view: January 2014 \u2013 June 2015"
    assert opened.page.inner_text("#tl-list .tl-more").startswith("No event in this view")
    assert opened.errors == []


def _cited_twice() -> Timeline:
    """Return the sample with its first event stated by two sentences of one article and one of another."""
    sample = timelines.sample()
    treaty, bridge = sample.documents
    first = timelines.stated(treaty, "2017", "2017")
    second = timelines.stated(treaty, "early 2019", "2019", "START").evidence[0]
    other = timelines.stated(bridge, "summer 2023", "2023-SU").evidence[0]
    event = first.model_copy(update={"evidence": [*first.evidence, second, other]})
    return sample.model_copy(update={"events": [event, *sample.events[1:]]})


def test_two_sentences_of_one_article_cite_it_once(open_page):
    opened = open_page(_cited_twice())
    page = opened.page
    page.click("#tl-list li[data-index] >> text=Negotiations began")
    details = page.locator("#tl-details")
    details.locator("blockquote").first.wait_for()
    assert details.locator("blockquote").count() == 3
    sources = [s.split(" \u00b7 ")[0] for s in details.locator(".tl-source").all_inner_texts()]
    assert sources == ["Source: Cybercrime treaty signed in Hanoi", "Source: River bridge reopens"]
    assert opened.errors == []
