"""Re-extraction and merging keep hand work: manual events, pinned edits, and removals."""

import pytest

from timeline import edit, merge
from timeline.dates import parse_when
from timeline.events import event_id
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
    assert result.removed == existing.removed and "e2" in result.removed
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
    written = merge.reconcile(Timeline(), fresh).events
    assert [e.model_copy(update={"extracted_title": None}) for e in written] == fresh.events
    assert [e.extracted_title for e in written] == ["One"], "the file records the title extraction wrote"


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
    assert "e2" in result.removed
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


def stated(doc: str, clause: str, date: str) -> Event:
    """An extracted event with the id extraction gives it."""
    when = parse_when(date)
    return Event(id=event_id(doc, clause, when.value), title=clause, when=when,
                 evidence=[Evidence(document=doc, start=0, end=len(clause), text=clause)])


def test_a_removed_event_found_in_two_articles_stays_removed_when_one_is_extracted_again():
    one = stated("a", "The dam burst after heavy rain", "2019")
    two = stated("b", "Heavy rain burst the dam", "2019")
    existing = extraction(*merge.dedupe([one, two]), documents=("a", "b"))
    assert len(existing.events) == 1, "the two statements should be one event"
    edit.remove(existing, [existing.events[0].id])
    for again in ("a", "b"):
        fresh = extraction(one if again == "a" else two, documents=(again,))
        assert merge.reconcile(existing, fresh).events == []


def test_a_fresh_event_that_restates_a_manual_one_is_not_added():
    existing = Timeline()
    manual = edit.add(existing, title="Heavy rain burst the dam", when=parse_when("2019"))
    fresh = extraction(stated("c", "The dam burst after heavy rain", "2019"),
                       stated("c", "A school opened", "2019"), documents=("c",))
    result = merge.reconcile(existing, fresh)
    assert [e.title for e in result.events] == ["A school opened", manual.title]


SENTENCE = "The pier closes on 3 May 2026."
MOVED = [
    # (id, the article's text when extracted again, where the sentence's evidence is then)
    ("unchanged", f"Pier news. {SENTENCE} More.", 11),
    ("headline-added-above", f"Pier to close\n\nPier news. {SENTENCE} More.", 26),
    ("text-cut-above", f"{SENTENCE} More.", 0),
    ("said-twice-nearest-wins", f"{SENTENCE} Pier news. {SENTENCE}", 0),
    ("sentence-gone-keeps-its-words", "Pier news. The pier closes in June. More.", 11),
]


def _pinned_pier_event() -> tuple[Timeline, Event]:
    text = f"Pier news. {SENTENCE} More."
    start = text.index(SENTENCE)
    phrase = text.index("3 May 2026")
    timex = TimeExpression(tid="t1", start=phrase, end=phrase + 10, text="3 May 2026", type="DATE",
                           value="2026-05-03")
    event = Event(id="e1", title="The pier closes", when=parse_when("2026-05-03"),
                  evidence=[Evidence(document="a", start=start, end=start + len(SENTENCE), text=SENTENCE,
                                     timex=timex)])
    existing = Timeline(documents=[Document(id="a", text=text)], events=[event])
    edit.edit(existing, "e1", title="Pier shuts for the summer")
    return existing, event


@pytest.mark.parametrize(("new_text", "start"), [c[1:] for c in MOVED], ids=[c[0] for c in MOVED])
def test_hand_work_evidence_follows_its_sentence_when_the_article_changed(new_text: str, start: int):
    existing, _ = _pinned_pier_event()
    fresh = Timeline(documents=[Document(id="a", text=new_text)])
    (kept,) = merge.reconcile(existing, fresh).events
    evidence = kept.evidence[0]
    assert kept.title == "Pier shuts for the summer" and kept.pinned
    assert (evidence.start, evidence.text) == (start, SENTENCE)
    if new_text[evidence.start : evidence.end] == SENTENCE:
        assert new_text[evidence.timex.start : evidence.timex.end] == "3 May 2026"
    else:
        assert "3 May" not in new_text, "only a sentence that is gone keeps its old place"


# The article changed under a pinned event and extraction finds its sentence again, retold: the event cites
# what the article now says, whose offsets slice its text, not the old words at the old place.
# (id, the article's text when extracted again, the sentence extraction finds there)
RETOLD = [
    ("date-retold-in-place", "Pier news. The pier closes on 4 May 2026. More.",
     "The pier closes on 4 May 2026."),
    ("sentence-grown-after-its-date", "Pier news. The pier closes on 3 May 2026, the port said. More.",
     "The pier closes on 3 May 2026, the port said."),
    ("unchanged", f"Pier news. {SENTENCE} More.", SENTENCE),
]


@pytest.mark.parametrize(("new_text", "sentence"), [c[1:] for c in RETOLD], ids=[c[0] for c in RETOLD])
def test_hand_work_cites_its_sentence_as_the_changed_article_now_tells_it(new_text: str, sentence: str):
    existing, event = _pinned_pier_event()
    start, phrase = new_text.index(sentence), new_text.index("May 2026") - 2
    timex = event.evidence[0].timex.model_copy(update={"start": phrase, "end": phrase + 10,
                                                       "text": new_text[phrase : phrase + 10]})
    found = Event(id=event_id("a", sentence, "2026-05-03"), title="The pier closes", when=event.when,
                  evidence=[Evidence(document="a", start=start, end=start + len(sentence), text=sentence,
                                     timex=timex)])
    fresh = Timeline(documents=[Document(id="a", text=new_text)], events=[found])
    (kept,) = merge.reconcile(existing, fresh).events
    assert kept.title == "Pier shuts for the summer" and kept.pinned
    assert [(e.text, new_text[e.start : e.end]) for e in kept.evidence] == [(sentence, sentence)]


ARTICLE = "Crews began repairs on Monday.\n\nThe road reopened on 1 October 2024.\n\nThe pier closed in 2019."
OTHER = "The market moved on 3 March 2023.\n"
CORPUS = ["paper/2024-10-03-repairs", "wire/2023-03-04-market"]
# Re-extracting part of a corpus (one folder, one file, from another working directory) reads the same files
# under shorter ids; they keep the ids the timeline gave them, unless two files could be meant.
# (id, what is read again, working directory under the corpus or None, a twin file in wire/, documents after)
PART_CASES = [
    ("the-folder", "paper", None, False, CORPUS),
    ("the-file", "paper/2024-10-03-repairs.txt", None, False, CORPUS),
    ("the-file-from-its-folder", "2024-10-03-repairs.txt", "paper", False, CORPUS),
    ("the-whole-corpus", ".", None, False, CORPUS),
    ("a-twin-in-another-folder-is-not-guessed", "2024-10-03-repairs.txt", "paper", True,
     ["2024-10-03-repairs", *CORPUS, "wire/2024-10-03-repairs"]),
]  # fmt: skip


@pytest.mark.parametrize(("part", "cwd", "twin", "documents"), [c[1:] for c in PART_CASES],
                         ids=[c[0] for c in PART_CASES])  # fmt: skip
def test_extracting_part_of_a_corpus_again_keeps_its_documents_and_hand_work(
    tmp_path, monkeypatch, part, cwd, twin, documents
):
    import timeline

    root = tmp_path / "corpus"
    (root / "paper").mkdir(parents=True)
    (root / "wire").mkdir()
    (root / "paper" / "2024-10-03-repairs.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "wire" / "2023-03-04-market.txt").write_text(OTHER, encoding="utf-8")
    if twin:
        (root / "wire" / "2024-10-03-repairs.txt").write_text(OTHER, encoding="utf-8")
    existing = timeline.extract([root])
    road = next(e for e in existing.events if "road" in e.title.lower())
    pier = next(e for e in existing.events if "pier" in e.title.lower())
    edit.edit(existing, road.id, when=parse_when("2 October 2024"))
    edit.remove(existing, [pier.id])
    changed = ARTICLE + "\n\nThe work ended on 15 October 2024."
    (root / "paper" / "2024-10-03-repairs.txt").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(root / cwd if cwd else tmp_path)
    result = merge.reconcile(existing, timeline.extract([part if cwd else str(root / part)]))
    assert sorted(d.id for d in result.documents) == documents
    assert all(v.document in documents for e in result.events for v in e.evidence)
    assert any(e.when.value == "2024-10-15" for e in result.events)
    if not twin:  # the edited event is not found a second time, the removed one does not come back
        assert [(e.id, e.when.value) for e in result.events if "road" in e.title.lower()] == [
            (road.id, "2024-10-02")
        ]
        assert not [e for e in result.events if "pier" in e.title.lower()]


# Merging timelines extracted from a corpus and from a folder inside it: (id, folders read, documents after)
COMBINE_CASES = [
    ("corpus-then-folder", ["", "paper"], CORPUS),
    ("folder-then-corpus", ["paper", ""], ["2024-10-03-repairs", "wire/2023-03-04-market"]),
    ("two-folders", ["paper", "wire"], ["2023-03-04-market", "2024-10-03-repairs"]),
]


@pytest.mark.parametrize(
    ("parts", "documents"), [c[1:] for c in COMBINE_CASES], ids=[c[0] for c in COMBINE_CASES]
)
def test_merging_timelines_of_one_corpus_keeps_one_document_a_file(tmp_path, parts, documents):
    import timeline

    root = tmp_path / "corpus"
    (root / "paper").mkdir(parents=True)
    (root / "wire").mkdir()
    (root / "paper" / "2024-10-03-repairs.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "wire" / "2023-03-04-market.txt").write_text(OTHER, encoding="utf-8")
    result = merge.combine([timeline.extract([root / part]) for part in parts])
    assert sorted(d.id for d in result.documents) == documents
    assert all(v.document in documents for e in result.events for v in e.evidence)
    whole = timeline.extract([root])
    assert sorted(e.when.value for e in result.events) == sorted(e.when.value for e in whole.events)
    assert all(len(e.evidence) == 1 for e in result.events)
