"""The copy of a wire story in the newest document titles the merged event, whatever the file order."""

import datetime as dt
import itertools

import pytest

from timeline import merge, pipeline
from timeline.models import Document

# Three outlets run one story; each rewords the sentence. (document id, date, text)
DAY = "26 September 2024"
EARLY = ("a-post", dt.date(2024, 9, 27), f"Heavy rain damaged the spillway of the old dam on {DAY}.")
LATE = ("b-ledger", dt.date(2024, 9, 29), f"The old dam's spillway was damaged by heavy rain on {DAY}.")
UNDATED = ("c-notes", None, "Heavy rain damaged the old dam spillway on 26 September 2024.")
SAME_DAY = ("d-wire", dt.date(2024, 9, 29), "On 26 September 2024 heavy rain damaged the old dam spillway.")
# copies that say when they were last updated: (document id, date, text, updated)
SAME_DAY_UPDATED = (*SAME_DAY, dt.date(2024, 9, 30))
EARLY_UPDATED_LATER = (*EARLY, dt.date(2024, 10, 1))
EARLY_UPDATED_SOONER = (*EARLY, dt.date(2024, 9, 28))

# (id, copies, the document whose sentence gives the title)
CASES = [
    ("newest-wins", [EARLY, LATE], "b-ledger"),
    ("a-dated-copy-beats-an-undated-one", [UNDATED, EARLY], "a-post"),
    ("same-date-the-first-id-wins", [SAME_DAY, LATE, EARLY], "b-ledger"),
    ("newest-of-three-with-undated", [EARLY, UNDATED, LATE], "b-ledger"),
    ("same-date-the-updated-copy-wins", [LATE, SAME_DAY_UPDATED], "d-wire"),
    ("an-update-after-a-later-edition-wins", [EARLY_UPDATED_LATER, LATE], "a-post"),
    ("an-update-before-a-later-edition-loses", [EARLY_UPDATED_SOONER, LATE], "b-ledger"),
]


def documents(copies) -> list[Document]:
    return [
        Document(id=i, date=d, date_source="metadata" if d else "none", text=t, updated=u[0] if u else None)
        for i, d, t, *u in copies
    ]


@pytest.mark.parametrize(("copies", "source"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_newest_copy_titles_the_event_in_any_file_order(copies, source):
    expected = pipeline.extract_documents(documents([c for c in copies if c[0] == source])).events
    (alone,) = [e for e in expected if e.when.value == "2024-09-26"]
    results = []
    for order in itertools.permutations(copies):
        extracted = pipeline.extract_documents(documents(order))
        events = [e for e in extracted.events if e.when.value == "2024-09-26"]
        assert len(events) == 1, f"the copies should merge: {[e.title for e in events]}"
        results.append(events[0])
    assert all(r == results[0] for r in results), "the merged event depends on the file order"
    (merged,) = results[:1]
    assert (merged.id, merged.title, merged.description) == (alone.id, alone.title, alone.description)
    assert sorted({v.document for v in merged.evidence}) == sorted(c[0] for c in copies)


@pytest.mark.parametrize(("copies", "source"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_newer_copy_extracted_later_retitles_the_event(copies, source):
    first, *rest = copies
    existing = pipeline.extract_documents(documents([first]))
    first_ids = [e.id for e in existing.events]
    for copy in rest:
        existing = merge.reconcile(existing, pipeline.extract_documents(documents([copy])))
    at_once = pipeline.extract_documents(documents(copies))
    assert [e.title for e in existing.events] == [e.title for e in at_once.events]
    # the newest copy titles the event, but the event keeps the id the file gave it (stable ids)
    assert [e.id for e in existing.events] == first_ids
    combined = merge.combine([pipeline.extract_documents(documents([c])) for c in reversed(copies)])
    assert [(e.id, e.title) for e in combined.events] == [(e.id, e.title) for e in at_once.events]
