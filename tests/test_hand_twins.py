"""An event added or edited by hand takes the evidence of the extracted events that restate it."""

import pytest
from click.testing import CliRunner

import cli
from timeline import edit, export, merge, store, twins
from timeline.dates import parse_when
from timeline.events import event_id
from timeline.models import Document, Event, Evidence, Timeline


def stated(doc: str, clause: str, date: str) -> Event:
    """An extracted event with the id extraction gives it."""
    when = parse_when(date)
    return Event(id=event_id(doc, clause, when.value), title=clause, when=when,
                 evidence=[Evidence(document=doc, start=0, end=len(clause), text=clause)])


def extraction(*events: Event, documents: tuple[str, ...]) -> Timeline:
    return Timeline(documents=[Document(id=d, text="...") for d in documents], events=list(events))


RAIN_A = ("a", "The dam burst after heavy rain", "2019")
RAIN_B = ("b", "Heavy rain made the dam burst", "2019")
SCHOOL = ("a", "A school opened", "2019")
RAIN_2020 = ("a", "The dam burst after heavy rain", "2020")

# (id, hand event (title, date), fresh statements, documents the hand event cites after, the rest's titles)
CASES = [
    ("one-twin", ("Heavy rain burst the dam", "2019"), [RAIN_A, SCHOOL], ["a"], ["A school opened"]),
    ("twins-in-two-articles", ("Heavy rain burst the dam", "2019"), [RAIN_A, RAIN_B], ["a", "b"], []),
    ("no-twin", ("Mayor resigned", "2019"), [RAIN_A], [], [RAIN_A[1]]),
    ("other-date-is-no-twin", ("Heavy rain burst the dam", "2019"), [RAIN_2020], [], [RAIN_2020[1]]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("hand", "fresh", "cited", "rest"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_hand_event_takes_its_twins_evidence_on_extraction(hand, fresh, cited, rest):
    existing = Timeline()
    manual = edit.add(existing, title=hand[0], when=parse_when(hand[1]))
    extracted = extraction(*(stated(*s) for s in fresh), documents=tuple(sorted({s[0] for s in fresh})))
    result = merge.reconcile(existing, extracted)
    (kept,) = [e for e in result.events if e.origin == "manual"]
    assert (kept.id, kept.title, kept.when) == (manual.id, manual.title, manual.when)
    assert [v.document for v in kept.evidence] == cited
    assert sorted(e.title for e in result.events if e.origin == "extracted") == rest
    # every sentence extracted is somewhere in the result: none dropped silently
    quoted = {v.text for e in result.events for v in e.evidence}
    assert {s[1] for s in fresh} <= quoted
    assert [e.id for e in twins.cited_anew(existing, result)] == ([manual.id] if cited else [])
    again = merge.reconcile(result, extracted)
    assert again == result, "extracting the same articles again changes nothing"
    assert twins.cited_anew(result, again) == []


def test_a_pinned_event_takes_the_evidence_of_a_twin_in_another_article():
    existing = extraction(stated(*RAIN_A), documents=("a",))
    pinned = edit.edit(existing, existing.events[0].id, title="Heavy rain bursts the dam")
    result = merge.reconcile(existing, extraction(stated(*RAIN_B), documents=("b",)))
    (kept,) = result.events
    assert (kept.id, kept.title, kept.pinned) == (pinned.id, "Heavy rain bursts the dam", True)
    assert [v.document for v in kept.evidence] == ["a", "b"]


def test_merging_timelines_gives_the_hand_event_its_twins_evidence():
    mine = Timeline()
    manual = edit.add(mine, title="Heavy rain burst the dam", when=parse_when("2019"))
    theirs = extraction(stated(*RAIN_A), stated(*SCHOOL), documents=("a",))
    result = merge.combine([mine, theirs])
    assert {e.id: [v.document for v in e.evidence] for e in result.events} == {
        manual.id: ["a"], stated(*SCHOOL).id: ["a"]}


def test_removing_a_hand_event_keeps_its_twin_from_coming_back():
    existing = Timeline()
    manual = edit.add(existing, title="Heavy rain burst the dam", when=parse_when("2019"))
    fresh = extraction(stated(*RAIN_A), documents=("a",))
    result = merge.reconcile(existing, fresh)
    edit.remove(result, [manual.id])
    assert merge.reconcile(result, fresh).events == []


def test_list_and_extract_say_that_a_hand_event_cites_an_article(tmp_path):
    article = tmp_path / "2019-05-02-dam.txt"
    article.write_text("The old dam burst after heavy rain on 1 May 2019.\n", encoding="utf-8")
    path = tmp_path / "t.json"
    runner = CliRunner()
    added = runner.invoke(
        cli.main, ["add", str(path), "--date", "1 May 2019", "--title", "Heavy rain bursts dam"]
    )
    assert added.exit_code == 0, added.output
    extracted = runner.invoke(cli.main, ["extract", str(article), "--into", str(path)])
    assert extracted.exit_code == 0, extracted.output
    hand_id = added.stdout.strip()
    assert f"{hand_id} Heavy rain bursts dam" in extracted.stderr
    assert "1 event added or edited by hand now cites" in extracted.stderr
    saved = store.load(path)
    assert [(e.id, len(e.evidence)) for e in saved.events] == [(hand_id, 1)]
    listed = runner.invoke(cli.main, ["list", str(path)])
    assert "manual, 1 source" in listed.stdout
    assert "manual, 1 source" in export.table(saved.events)


@pytest.mark.parametrize("output", ["-", "merged.json"])
def test_merge_says_that_a_hand_event_cites_an_article(tmp_path, output):
    mine, theirs = Timeline(), extraction(stated(*RAIN_A), documents=("a",))
    manual = edit.add(mine, title="Heavy rain burst the dam", when=parse_when("2019"))
    store.save(mine, tmp_path / "mine.json")
    store.save(theirs, tmp_path / "theirs.json")
    target = output if output == "-" else str(tmp_path / output)
    files = [str(tmp_path / "mine.json"), str(tmp_path / "theirs.json")]
    result = CliRunner().invoke(cli.main, ["merge", *files, "-o", target])
    assert result.exit_code == 0, result.output
    assert "now cites the sentences of extracted events that state it" in result.stderr
    assert f"{manual.id} Heavy rain burst the dam" in result.stderr
