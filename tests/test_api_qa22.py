"""A demanding researcher's session from Python, round 22: a date given as "2025-10-22" dates the documents
(it was ignored), a mistyped "archve/" is reported (it was read as the text of a document), wrong types
and timexes of another text raise InputError saying what to give, a timeline built in Python records what
it wrote as `timeline extract` does (a hand removal then holds), offsets slice exactly through a byte-order
mark, CRLF, curly quotes, no-break spaces and an emoji, our own TimeML scores 1.0 against itself, and a
title drops emoji and invisible characters ("moved to Tuesday 🛶" is "moved", "the \u200btown" "the town")."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
import timeline
from timeline.evaluate import score_system

# Invented documents: a dated one, one without a date, one with CRLF, curly quotes, no-break spaces and
# an emoji, one with a combining accent and a zero-width space, and an empty one.
FEED = [
    {"id": "ferry", "date": "2026-03-04", "title": "Ferry halted",
     "text": "The Dunmore ferry stopped running on Monday. Repairs should last until June 2026."},
    {"id": "undated", "text": "The fair opened on 12 August 2024 after a long pause."},
    {"id": "quoted", "date": "2026-01-15",
     "text": "\u201cWe\u2019re set,\u201d said the warden\u00a0on\u00a0Tuesday \U0001f6f6.\r\n"
             "The regatta moved to 3\u00a0February 2026.\r\nCrews had tried the course on 9 January."},
    {"id": "accents", "date": "2025-04-01",
     "text": "Cafe\u0301 owners in Zu\u0308rich met on 2 April. The \u200btown\u2019s plan starts in 2027."},
    {"id": "blank", "date": "2025-01-01", "text": ""},
]  # fmt: skip


def _feed(tmp_path: Path) -> Path:
    """Write FEED as JSON Lines with a byte-order mark and CRLF line ends; return its path."""
    path = tmp_path / "feed.jsonl"
    lines = "".join(json.dumps(record, ensure_ascii=i % 2 == 0) + "\r\n" for i, record in enumerate(FEED))
    path.write_bytes(("\ufeff" + lines).encode("utf-8"))
    return path


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


# dct as a script passes it -> the value of "Talks resumed on Monday."'s event, or the error raised
DCT_CASES = [
    ("a date", dt.date(2025, 10, 22), "2025-10-20"),
    ("an ISO string", "2025-10-22", "2025-10-20"),
    ("an ISO string with a time", "2025-10-22T09:30:00", "2025-10-20"),
    ("a datetime", dt.datetime(2025, 10, 22, 9, 30), "2025-10-20"),
    ("a phrase", "next Tuesday", timeline.DateError),
    ("a day the calendar lacks", "2025-02-30", timeline.DateError),
    ("an int", 20251022, timeline.InputError),
]


@pytest.mark.parametrize(("dct", "expected"), [c[1:] for c in DCT_CASES], ids=[c[0] for c in DCT_CASES])
def test_extract_takes_the_dates_tag_takes(dct, expected):
    if isinstance(expected, str):
        found = timeline.extract("Talks resumed on Monday.", dct=dct)
        assert [e.when.value for e in found.events] == [expected]
        assert found.documents[0].date_source == "option"
    else:
        with pytest.raises(expected, match="dct"):
            timeline.extract("Talks resumed on Monday.", dct=dct)


# inputs a script may slip on -> a fragment of the InputError's message, which says what to give
INPUT_CASES = [
    ("a missing folder", ["archve/"], "archve/: no such file or folder"),
    ("a missing feed", "missing.jsonl", "missing.jsonl: no such file or folder"),
    ("a missing file among good ones", ["seeds.txt", "Talks resumed on Monday."], "seeds.txt: no such file"),
    ("an int", 5, "expected a path, a text or a list of them"),
    ("an int in a list", ["Talks resumed on Monday.", 5], "inputs[1]: expected a path or a text"),
    ("bytes", b"Talks resumed on Monday.", "decode them"),
    ("a Document", [timeline.Document(id="d", text="Talks resumed.")], "timeline.extract_documents"),
    ("an empty text", "", "empty text"),
    ("a blank text", "  \n", "empty text"),
]


@pytest.mark.parametrize(("inputs", "said"), [c[1:] for c in INPUT_CASES], ids=[c[0] for c in INPUT_CASES])
def test_a_slip_in_the_inputs_says_what_to_give(inputs, said, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # "" once named the current folder: an empty one reads nothing either way
    with pytest.raises(timeline.InputError, match=said.replace("[", r"\[").replace("]", r"\]")):
        timeline.extract(inputs)


# strings that are text, though short or slashed: each is one document of that text
TEXT_CASES = [
    ("one word", "Yesterday"),
    ("a slashed date", "2025/10/22"),
    ("an abbreviation", "U.S."),
    ("a sentence naming a file", "The report is in annex.txt and was read on Monday."),
]


@pytest.mark.parametrize("text", [c[1] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_a_string_that_is_no_path_is_text(text, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert [d.text for d in timeline.extract(text).documents] == [text]


def test_an_empty_text_among_others_is_a_problem_not_a_document():
    problems: list[timeline.Problem] = []
    found = timeline.extract(["", "Talks resumed on 3 May 2025."], on_problem=problems.append)
    assert [d.text for d in found.documents] == ["Talks resumed on 3 May 2025."]
    assert [p.message for p in problems] == ["empty text, skipped"]


def test_timexes_of_another_text_raise_input_error():
    document = timeline.Document(id="short", text="Talks resumed.")
    others = timeline.tag("The talks resumed on 3 May 2025 in the hall.")
    with pytest.raises(timeline.InputError, match=r"not in the text of document 'short'.*temporal\.tag"):
        timeline.events.extract(document, others)


def test_offsets_slice_exactly_through_bom_crlf_quotes_and_emoji(tmp_path):
    built = timeline.extract([_feed(tmp_path)])
    texts = {d.id: d.text for d in built.documents}
    assert "\r\n" in texts["quoted"] and "\U0001f6f6" in texts["quoted"]
    pieces = [(e.evidence[0].document, e.evidence[0]) for e in built.events]
    assert {document for document, _ in pieces} == {"ferry", "undated", "quoted", "accents"}
    for document, evidence in pieces:
        assert texts[document][evidence.start : evidence.end] == evidence.text
        timex = evidence.timex
        assert timex is None or texts[document][timex.start : timex.end] == timex.text
    tagged = tmp_path / "tagged.jsonl"
    assert _run("tag", str(_feed(tmp_path)), "--format", "jsonl", "--text", "-o", str(tagged)).exit_code == 0
    records = [json.loads(line) for line in tagged.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in FEED]  # the empty one too, without expressions
    assert all(r["text"][t["start"] : t["end"]] == t["text"] for r in records for t in r["timexes"])


def test_results_survive_save_load_and_pickle(tmp_path):
    built = timeline.extract([_feed(tmp_path)])
    timeline.save(built, tmp_path / "t.json")
    assert timeline.load(tmp_path / "t.json") == built
    assert pickle.loads(pickle.dumps(built)) == built
    timexes = timeline.tag("on 3\u00a0May 2025 \U0001f6f6", dct="2025-05-01")
    assert pickle.loads(pickle.dumps(timexes)) == timexes


def test_a_file_saved_from_python_keeps_a_removal_by_hand(tmp_path):
    feed, path = _feed(tmp_path), tmp_path / "t.json"
    timeline.save(timeline.extract([feed]), path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert all(e["extracted_title"] == e["title"] for e in written["events"]), "as `timeline extract` writes"
    gone = written["events"].pop(0)
    path.write_text(json.dumps(written), encoding="utf-8")
    assert _run("extract", str(feed), "--into", str(path)).exit_code == 0
    assert gone["id"] not in {e.id for e in timeline.load(path).events}


def test_our_timeml_scores_one_against_itself(tmp_path):
    feed, built = _feed(tmp_path), tmp_path / "t.json"
    assert _run("tag", str(feed), "--format", "timeml", "-o", str(tmp_path / "tagged")).exit_code == 0
    assert _run("extract", str(feed), "-o", str(built)).exit_code == 0
    assert _run("export", str(built), "--format", "timeml", "-o", str(tmp_path / "events")).exit_code == 0
    itself = score_system(tmp_path / "tagged", tmp_path / "tagged")
    assert itself.gold == itself.system > 0 and itself.strict_prf() == (1.0, 1.0, 1.0)
    assert itself.value_f1() == 1.0 and itself.type_f1() == 1.0
    events = score_system(tmp_path / "events", tmp_path / "events")
    assert events.strict_prf() == (1.0, 1.0, 1.0)
    result = _run("evaluate", str(tmp_path / "tagged"), "--system", str(tmp_path / "tagged"), "--json")
    assert result.exit_code == 0 and "1.0" in result.stdout


# a quotation whose first words are contracted ("It's", "We’re") -> its title, the attribution gone
SPEECH_CASES = [
    # a happening: a state ("It's ready") is a remark and makes no event (remarks.py)
    ("straight apostrophe", "\"It's sunk,\" said the warden on Tuesday.", 'The warden: "It\'s sunk"'),
    ("curly quotes", "“We’re set,” said the warden on Tuesday.", 'The warden: "We’re set"'),
    ("speaker first", "“I'm staying,” the coach said on Friday.", 'The coach: "I\'m staying"'),
    ("no contraction", '"We are set," said the warden on Tuesday.', 'The warden: "We are set"'),
]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in SPEECH_CASES], ids=[c[0] for c in SPEECH_CASES])
def test_a_contracted_quotation_loses_its_attribution(text, title):
    assert [e.title for e in timeline.extract(text, dct="2026-01-15").events] == [title]


# a sentence with a pictograph or an invisible character -> its title, without them (the evidence keeps them)
PICTOGRAPH_CASES = [
    ("emoji after the attribution", "“We’re set,” said the warden on Tuesday 🛶.", 'The warden: "We’re set"'),
    ("emoji mid-sentence", "The race moved to Tuesday 🛶 after a storm.", "The race moved after a storm"),
    ("skin tone", "The warden waved on Tuesday 👍🏽.", "The warden waved"),
    ("zero-width space", "The \u200btown’s plan starts in 2027.", "The town’s plan starts"),
    ("soft hyphen", "The nego\u00adtiations resumed on 2 April.", "The negotiations resumed"),
    ("a sign that is no pictograph", "The Zürich office opened on 2 April ©.", "The Zürich office opened ©"),
]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in PICTOGRAPH_CASES],
                         ids=[c[0] for c in PICTOGRAPH_CASES])  # fmt: skip
def test_a_title_drops_pictographs_and_invisible_characters(text, title):
    found = timeline.extract(text, dct="2026-01-15").events
    assert [e.title for e in found] == [title]
    assert found[0].evidence[0].text in text


def test_help_on_extract_names_every_parameter():
    doc = inspect.getdoc(timeline.extract)
    for name in inspect.signature(timeline.extract).parameters:
        assert f"`{name}" in doc or f"{name}=" in doc, f"help(timeline.extract) says nothing of {name}"


MODELS = [timeline.Document, timeline.Event, timeline.Evidence, timeline.TimeExpression, timeline.When]


@pytest.mark.parametrize("model", MODELS, ids=[m.__name__ for m in MODELS])
def test_every_field_of_a_public_model_says_what_it_holds(model):
    assert [name for name, field in model.model_fields.items() if not field.description] == []
    properties = model.model_json_schema()["properties"]
    assert all("description" in properties[name] for name in model.model_fields)


def test_save_refuses_the_command_lines_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(timeline.StoreError, match="standard output on the command line only"):
        timeline.save(timeline.Timeline(), "-")
    assert not (tmp_path / "-").exists()
