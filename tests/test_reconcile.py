"""Re-extraction and merging keep hand work: manual events, pinned edits, and removals."""

from timeline import edit, merge
from timeline.dates import parse_when
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline


def found(doc: str, id: str, title: str, date: str = "2019") -> Event:
    """An extracted event stated in document `doc`."""
    return Event(id=id, title=title, when=parse_when(date),
                 evidence=[Evidence(document=doc, start=0, end=len(title), text=title)])


def extraction(*events: Event, documents: tuple[str, ...]) -> Timeline:
    return Timeline(documents=[Document(id=d, text="...") for d in documents], events=list(events))


def test_reconcile_keeps_manual_pinned_and_removed():
    existing = extraction(found("a", "e1", "One"), found("a", "e2", "Two"), found("a", "e3", "Three"),
                          documents=("a",))
    manual = edit.add(existing, title="By hand", when=parse_when("2018"))
    edit.edit(existing, "e1", title="One, corrected")
    edit.remove(existing, ["e2"])
    fresh = extraction(found("a", "e1", "One"), found("a", "e2", "Two"), found("a", "e3", "Three"),
                       found("b", "e4", "Four"), documents=("a", "b"))
    result = merge.reconcile(existing, fresh)
    titles = {e.id: e.title for e in result.events}
    assert titles == {manual.id: "By hand", "e1": "One, corrected", "e3": "Three", "e4": "Four"}
    assert [e.id for e in result.events].count("e1") == 1
    assert result.removed == ["e2"]
    assert [d.id for d in result.documents] == ["a", "b"]


def test_reconcile_keeps_events_of_documents_not_extracted_again():
    existing = extraction(found("a", "e1", "Old article"), found("b", "e2", "Refreshed"),
                          documents=("a", "b"))
    fresh = extraction(found("b", "e3", "Refreshed better"), found("c", "e4", "New"), documents=("b", "c"))
    result = merge.reconcile(existing, fresh)
    assert sorted(e.id for e in result.events) == ["e1", "e3", "e4"]


def test_reconcile_drops_only_the_re_extracted_evidence_of_a_shared_event():
    shared = found("a", "e1", "Shared")
    shared.evidence.append(Evidence(document="b", start=0, end=6, text="Shared"))
    existing = extraction(shared, documents=("a", "b"))
    result = merge.reconcile(existing, extraction(documents=("b",)))
    assert [[e.document for e in event.evidence] for event in result.events] == [["a"]]


def test_reconcile_of_an_empty_file_is_the_extraction():
    fresh = extraction(found("a", "e1", "One"), documents=("a",))
    assert merge.reconcile(Timeline(), fresh).events == fresh.events


def test_combine_deduplicates_and_lets_hand_work_win():
    a = extraction(found("x", "e1", "One"), found("x", "e2", "Two"), documents=("x",))
    b = extraction(found("x", "e1", "One"), found("x", "e2", "Two"), found("y", "e3", "Three"),
                   documents=("x", "y"))
    edit.edit(b, "e1", title="One, corrected")
    edit.remove(a, ["e2"])
    manual = edit.add(a, title="By hand", when=parse_when("2020"))
    result = merge.combine([a, b])
    assert {e.id: e.title for e in result.events} == {
        "e1": "One, corrected", "e3": "Three", manual.id: "By hand"}
    assert result.removed == ["e2"]
    assert [d.id for d in result.documents] == ["x", "y"]


def test_a_pinned_event_is_not_duplicated_when_its_value_is_read_differently():
    def dated(value: str) -> Event:
        phrase = TimeExpression(start=10, end=15, text="March", type="DATE", value=value)
        return Event(id=f"id-{value}", title="It opened in March.", when=parse_when(value),
                     evidence=[Evidence(document="a", start=0, end=19, text="It opened in March.",
                                        timex=phrase)])

    existing = extraction(dated("2025-03"), documents=("a",))
    edit.edit(existing, "id-2025-03", title="Opened (checked by hand)")
    result = merge.reconcile(existing, extraction(dated("2024-03"), documents=("a",)))
    assert [(e.id, e.title) for e in result.events] == [("id-2025-03", "Opened (checked by hand)")]
