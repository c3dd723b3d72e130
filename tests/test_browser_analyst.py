"""Drive the page as an analyst sharing a story: tell a daily column's documents apart, find one outlet.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Document, Evidence, Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

# (document id, title): a daily column under one headline, saved as text files without an address
DOCUMENTS = [("courier-11-04", "The latest"), ("courier-11-05", "The latest"), ("wire-ruling", "Court rules")]


def _story() -> Timeline:
    events = [timelines.manual(f"Event {i}", f"2026-11-0{i + 2}").model_copy(update={
        "id": f"e{i}", "evidence": [Evidence(document=doc, start=0, end=4, text="Text")]})
        for i, (doc, _title) in enumerate(DOCUMENTS)]
    return Timeline(documents=[Document(id=d, title=t, text="Text") for d, t in DOCUMENTS], events=events)


def test_the_document_filter_and_search_tell_one_outlets_documents_apart(open_page):
    opened = open_page(_story())
    page = opened.page
    offered = page.eval_on_selector_all("#tl-group option", "os => os.map(o => o.textContent)")
    assert offered == ["All documents", "Court rules (1)", "The latest \u00b7 courier-11-04 (1)",
                       "The latest \u00b7 courier-11-05 (1)"]
    page.fill("#tl-search", "courier-")
    page.wait_for_function(
        "() => document.getElementById('tl-status').textContent.startsWith('Showing 2 of 3')")
    assert opened.errors == [] and opened.requests == []


# (document id, title, text, web address): three outlets (two datelines, one address) and one unknown.
OUTLET_DOCUMENTS = [
    ("courier-1", "Port dispute", "KESTREL BAY, Nov. 4, 2026 (Bay Courier) - Text", None),
    ("wire-1", "Port deal", "KESTREL BAY, Nov. 4, 2026 (Meridian Wire) - Text", None),
    ("herald-1", "Strike", "Text", "https://coastalherald.example/strike"),
    ("notes", "Notes", "Text", None),
]
# (event id, the documents that state it): e3 is stated by the courier and the wire, e5 added by hand.
OUTLET_EVENTS = [("e0", ["courier-1"]), ("e1", ["courier-1"]), ("e2", ["herald-1"]),
                 ("e3", ["courier-1", "wire-1"]), ("e4", ["notes"]), ("e5", [])]
# (id, the option chosen, the events shown)
OUTLET_CASES = [
    ("only one outlet", "Only Bay Courier", 3),  # e0 e1 e3
    ("hide one outlet: what another outlet states too stays", "Hide Bay Courier", 4),  # e2 e3 e4 e5
    ("only what no known outlet states", "Only no known outlet", 1),  # e4
    ("hide an address's outlet", "Hide coastalherald.example", 5),
]


def _outlets() -> Timeline:
    texts = {d: text for d, _title, text, _url in OUTLET_DOCUMENTS}
    events = [timelines.manual(f"Event {i}", f"2026-11-0{i + 2}").model_copy(update={
        "id": id, "evidence": [Evidence(document=doc, start=0, end=4, text=texts[doc][:4]) for doc in docs]})
        for i, (id, docs) in enumerate(OUTLET_EVENTS)]
    documents = [Document(id=d, title=t, text=text, url=url) for d, t, text, url in OUTLET_DOCUMENTS]
    return Timeline(documents=documents, events=events)


@pytest.mark.parametrize(("label", "shown"), [c[1:] for c in OUTLET_CASES], ids=[c[0] for c in OUTLET_CASES])
def test_the_outlet_filter_shows_or_hides_one_outlets_events(open_page, label, shown):
    opened = open_page(_outlets())
    page = opened.page
    offered = page.eval_on_selector_all("#tl-outlet option", "os => os.map(o => o.textContent)")
    assert offered == ["Any outlet", "Only Bay Courier", "Hide Bay Courier", "Only Meridian Wire",
                       "Hide Meridian Wire", "Only coastalherald.example", "Hide coastalherald.example",
                       "Only no known outlet", "Hide no known outlet"]
    page.select_option("#tl-outlet", label=label)
    opened.wait_status(f"Showing {shown} of 6" if shown < 6 else "6 events")
    assert page.locator("#tl-list li[data-index]").count() == shown
    assert opened.errors == [] and opened.requests == []


def test_the_outlet_filter_works_from_the_keyboard_and_hides_for_one_outlet(open_page):
    opened = open_page(_outlets())
    page = opened.page
    page.focus("#tl-search")
    page.keyboard.press("Tab")  # the search box, then the selects in order: the outlet filter is reachable
    focused = [page.evaluate("document.activeElement.id")]
    while focused[-1] != "tl-outlet" and len(focused) < 4:
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id"))
    assert focused[-1] == "tl-outlet", focused
    page.keyboard.press("ArrowDown")  # "Only Bay Courier"
    opened.wait_status("Showing 3 of 6")
    page.keyboard.press("ArrowUp")  # back to "Any outlet"
    opened.wait_status("6 events")
    courier = [Document(id=d, title=t, text=text) for d, t, text, _url in OUTLET_DOCUMENTS[:1]]
    single = Timeline(documents=courier, events=[e for e in _outlets().events if e.id in ("e0", "e1")])
    assert open_page(single).page.locator("#tl-outlet").is_hidden(), "one outlet: nothing to filter"


def test_searching_an_outlets_name_finds_what_it_said(open_page):
    documents = [Document(id="t-1104", title="Port dispute, day by day", text="Text", outlet="Harbour Times"),
                 Document(id="w-1", title="Port deal", text="Text", outlet="Meridian Wire")]
    events = [timelines.manual(f"Event {i}", f"2026-11-0{i + 2}").model_copy(update={
        "id": f"e{i}", "evidence": [Evidence(document=d.id, start=0, end=4, text="Text")]})
        for i, d in enumerate(documents)]
    opened = open_page(Timeline(documents=documents, events=events))
    opened.page.fill("#tl-search", "harbour")
    opened.wait_status("Showing 1 of 2")
    assert opened.page.locator("#tl-list li[data-index]").count() == 1
    assert opened.errors == [] and opened.requests == []


# (id, the document's title, outlet, address and date, what the details of its event cite)
CITES = [
    ("an outlet without an address", "Port dispute, day by day", "Harbour Times", None, None,
     "Source: Port dispute, day by day \u00b7 Harbour Times"),
    ("a page's outlet, not its host", "Strike shuts port", "The Coastal Herald", "https://herald.example/1",
     None, "Source: Strike shuts port \u00b7 The Coastal Herald"),
    ("a headline that names its outlet already", "Harbour Times briefing", "Harbour Times", None, None,
     "Source: Harbour Times briefing"),
    ("no known outlet", "Notes", None, None, None, "Source: Notes"),
    ("the date it ran", "Dunne found guilty", "Riverside Ledger", None, dt.date(2026, 5, 22),
     "Source: Dunne found guilty \u00b7 Riverside Ledger \u00b7 22 May 2026"),
    ("a date without an outlet", "Notes", None, None, dt.date(2026, 5, 22),
     "Source: Notes \u00b7 22 May 2026"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "outlet", "url", "date", "cited"), [c[1:] for c in CITES],
                         ids=[c[0] for c in CITES])
def test_the_details_of_an_event_cite_the_outlet_and_date(open_page, title, outlet, url, date, cited):
    document = Document(id="d", title=title, text="Text", outlet=outlet, url=url, date=date)
    event = timelines.manual("Talks resume", "2026-11-04").model_copy(update={
        "id": "e0", "evidence": [Evidence(document="d", start=0, end=4, text="Text")]})
    opened = open_page(Timeline(documents=[document], events=[event]))
    opened.page.locator("#tl-list li[data-index]").first.click()
    assert opened.page.locator("#tl-details .tl-source").inner_text() == cited
    assert opened.errors == [] and opened.requests == []
