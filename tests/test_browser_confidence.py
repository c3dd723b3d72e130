"""Drive the page's confidence filter: it hides extracted events under a threshold, never the user's own.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import pytest

from tests import test_browser, timelines
from timeline.models import Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

# The sample's nine extracted events, in its order, scored as the rules might; the 0.45 one is edited by
# hand (pinned), so that no threshold hides it. The tenth event is added by hand.
CONFIDENCES = [0.95, 0.65, 0.85, 0.85, 0.55, 0.95, 0.7, 0.45, 0.85]
EDITED = 7


def scored() -> Timeline:
    sample = timelines.sample()
    events = [
        e.model_copy(update={"confidence": c, "pinned": i == EDITED})
        for i, (e, c) in enumerate(zip(sample.events, CONFIDENCES, strict=False))
    ]
    return sample.model_copy(update={"events": events + sample.events[len(CONFIDENCES):]})


def listed(opened) -> list[str]:
    return opened.page.locator("#tl-list li[data-index] .tl-title").all_text_contents()


# (threshold chosen, events shown): the hand-added event and the edited one always stay
SHOWN = [("0.6", 9), ("0.7", 8), ("0.8", 7), ("0.9", 4)]


def test_the_control_offers_the_thresholds_that_hide_events(open_page):
    opened = open_page(scored())
    control = opened.page.locator("#tl-confidence")
    assert control.is_visible()
    assert control.locator("option").all_text_contents() == [
        "Any confidence", "Confidence \u2265 0.6 (hides 1)", "Confidence \u2265 0.7 (hides 2)",
        "Confidence \u2265 0.8 (hides 3)", "Confidence \u2265 0.9 (hides 6)",
    ]
    assert opened.errors == []


def test_the_control_hides_and_shows_the_right_events(open_page):
    opened = open_page(scored())
    events = scored().events
    for threshold, count in SHOWN:
        opened.page.select_option("#tl-confidence", threshold)
        opened.wait_status(f"Showing {count} of 10 events")
        assert opened.marks() == count
        titles = listed(opened)
        kept = [e.title for i, e in enumerate(events)
                if i >= len(CONFIDENCES) or i == EDITED or CONFIDENCES[i] >= float(threshold)]
        assert sorted(titles) == sorted(kept)
    opened.page.select_option("#tl-confidence", "")
    opened.wait_status("10 events")
    assert opened.marks() == 10 and len(listed(opened)) == 10
    assert opened.errors == []


def test_the_control_works_together_with_the_search(open_page):
    opened = open_page(scored())
    opened.page.fill("#tl-search", "bridge")
    opened.wait_status("Showing 3 of 10 events")
    opened.page.select_option("#tl-confidence", "0.9")  # of the bridge's 0.7, 0.45 (edited) and 0.85
    opened.wait_status("Showing 1 of 10 events")
    assert listed(opened) == [scored().events[EDITED].title]
    assert opened.errors == []


def test_details_show_an_extracted_events_confidence(open_page):
    opened = open_page(scored())
    rows = opened.page.locator("#tl-list li[data-index]")
    rows.filter(has_text="Some 60 countries signed").click()
    assert opened.page.inner_text("#tl-details .tl-when").endswith("confidence 0.95")
    rows.filter(has_text=scored().events[EDITED].title).click()  # edited by hand: extraction's score stays
    assert opened.page.inner_text("#tl-details .tl-when").endswith("confidence 0.45 \u00b7 edited by hand")
    rows.filter(has_text="Convention enters into force").click()
    assert "confidence" not in opened.page.inner_text("#tl-details .tl-when")  # added by hand: no score
    assert opened.errors == []


def test_without_weaker_events_the_control_stays_hidden(open_page):
    opened = open_page(timelines.sample())  # every event at the model's default, 1.0
    assert opened.page.locator("#tl-confidence").is_hidden()
    assert opened.errors == []
