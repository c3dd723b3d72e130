"""What a journalist met in a day with the tool (QA round 17): each case pins the behaviour fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

DOCK = "---\ndate: 2026-05-04\ntitle: Dock strike\n---\nThe union said the strike would end on Friday.\n"
MILL = "---\ndate: 2026-05-06\ntitle: Mill closure\n---\nThe owners said the mill would close in June.\n"


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def test_merge_into_a_new_file_does_not_say_hand_events_cite_anew(tmp_path: Path) -> None:
    (tmp_path / "dock.md").write_text(DOCK, encoding="utf-8")
    one, other = tmp_path / "one.json", tmp_path / "other.json"
    run("extract", tmp_path / "dock.md", "-o", one)
    event_id = run("list", one, "--json").stdout.split('"id": "')[1][:12]
    run("edit", one, event_id, "--title", "Strike to end Friday")  # hand work citing its sentence
    run("add", other, "--date", "June 2026", "--title", "Mill talks")
    for output in (tmp_path / "both.json", "-"):
        merged = run("merge", one, other, "-o", output)
        assert "now cite" not in merged.stderr, merged.stderr


def test_timeml_export_of_one_document_writes_that_document(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "dock.md").write_text(DOCK, encoding="utf-8")
    (tmp_path / "a" / "mill.md").write_text(MILL, encoding="utf-8")
    target = tmp_path / "t.json"
    run("extract", tmp_path / "a", "-o", target)
    out = tmp_path / "dock.tml"
    run("export", target, "--format", "timeml", "--document", "dock", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert "<DOCID>dock</DOCID>" in text and "mill would close" not in text
    run("export", target, "--format", "timeml", "--document", "dock", "-o", tmp_path / "folder/")
    assert [p.name for p in (tmp_path / "folder").iterdir()] == ["dock.tml"]
    refused = run("export", target, "--format", "timeml", "-o", tmp_path / "all.tml", code=1)
    assert "one document a file and this timeline has 2" in refused.output


def test_group_by_tag_without_tags_says_so(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    run("add", target, "--date", "June 2026", "--title", "Mill talks")
    plain = run("render", target, "--group-by", "tag", "-o", tmp_path / "t.html")
    assert "no event has a tag, so --group-by tag draws one lane" in plain.stderr
    run("edit", target, run("list", target, "--json").stdout.split('"id": "')[1][:12], "--tag", "mill")
    tagged = run("render", target, "--group-by", "tag", "-o", tmp_path / "t.html")
    assert "no event has a tag" not in tagged.stderr
    by_document = run("render", target, "-o", tmp_path / "t.html")
    assert "no event has a tag" not in by_document.stderr


# (id, TIMEX3 value typed, how list, show and the exports say it)
CLOCK = [
    ("midnight-ending-a-day", "2026-01-10T24:00", "10 January 2026, midnight"),
    ("midnight-with-seconds", "2026-01-10T24:00:00", "10 January 2026, midnight"),
    ("clock-time-stays", "2026-01-10T14:30", "10 January 2026, 14:30"),
    ("part-of-day", "2026-01-10TNI", "10 January 2026, night"),
]


@pytest.mark.parametrize(("value", "said"), [c[1:] for c in CLOCK], ids=[c[0] for c in CLOCK])
def test_a_time_of_day_is_said_in_words(tmp_path: Path, value: str, said: str) -> None:
    target = tmp_path / "t.json"
    added = run("add", target, "--date", value, "--title", "Curfew")
    assert f"({said})" in added.stderr
    assert said in run("list", target).stdout


def test_an_export_whose_options_match_no_event_warns(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    run("add", target, "--date", "June 2026", "--title", "Mill talks")
    empty = run("export", target, "--format", "ics", "--query", "mill tlaks")
    assert "warning: the only event does not match the options given" in empty.stderr
    assert "BEGIN:VCALENDAR" in empty.stdout and "VEVENT" not in empty.stdout
    found = run("export", target, "--format", "ics", "--query", "mill talks")
    assert "warning" not in found.stderr and "VEVENT" in found.stdout


LONG = ("The harbour board told a stunned meeting that the old ferry would not sail again, because the "
        "insurers had withdrawn their cover, the crew had been laid off, the engine needed parts no longer "
        "made anywhere, and the berth itself was wanted for the new container terminal planned by the port")

# (id, sentence, date phrase in it or None, what the page shows must start with, end with)
SHOWN = [
    ("no-phrase-keeps-its-start", LONG, None, "The harbour board told a stunned meeting", "\u2026"),
    ("phrase-first-gives-the-rest-room", "On 3 May 2026 " + LONG, "3 May 2026", "On ", "\u2026"),
    ("phrase-last-gives-the-rest-room", LONG + " on 3 May 2026.", "3 May 2026", "\u2026", " May 2026."),
    ("short-stays-whole", "The ferry sailed on 3 May 2026.", "3 May 2026", "The ferry", "2026."),
]


@pytest.mark.parametrize(("sentence", "phrase", "starts", "ends"), [c[1:] for c in SHOWN],
                         ids=[c[0] for c in SHOWN])
def test_the_page_shows_evidence_around_its_phrase_using_all_its_room(sentence, phrase, starts, ends):
    from timeline.describe import EVIDENCE_CHARS, split_evidence
    from timeline.models import Evidence, TimeExpression

    timex = None
    if phrase:
        at = sentence.index(phrase)
        timex = TimeExpression(tid="t1", start=at, end=at + len(phrase), text=phrase, type="DATE",
                               value="2026-05-03")
    before, said, after = split_evidence(Evidence(document="d", start=0, end=len(sentence), text=sentence,
                                                  timex=timex))
    shown = before + said + after
    assert shown.startswith(starts) and shown.endswith(ends), shown
    assert said == (phrase or "")
    assert len(shown) <= EVIDENCE_CHARS + 2
    if len(sentence) > EVIDENCE_CHARS:
        assert len(shown) > EVIDENCE_CHARS * 0.8, "one short side leaves its room to the other"
