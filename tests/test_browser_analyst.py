"""Drive the page as an analyst sharing a story: tell a daily column's documents apart, find one outlet.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

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
