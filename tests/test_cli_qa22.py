"""A demanding user's day, round 22: a journalist's timeline across outlets. `--tag ""` lists the events
still to tag and an empty tag is refused where one is given; a --tag no event carries names the tags there
are; a month typed alone is the nearest one whatever its name ("March" and "May" are words too); a day the
calendar lacks says why; a date edited in the file on an event dated by "the past week" is the user's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ARTICLE = (
    "Dam inspection finds cracks\n\n"
    "MILLBROOK, March 6, 2026 - The town council voted on Thursday to drain the Eastbrook reservoir. "
    "The dam was built in 1958. Over the past week, about 200 residents attended two public meetings.\n"
)


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


def _timeline(tmp_path: Path) -> Path:
    """Return a timeline file extracted from ARTICLE, its 1958 event tagged "history"."""
    article, timeline = tmp_path / "gazette.txt", tmp_path / "t.json"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _run("extract", str(article), "-o", str(timeline)).exit_code == 0
    built = next(e for e in _events(timeline) if e["when"]["value"] == "1958")
    assert _run("edit", str(timeline), built["id"], "--tag", "history").exit_code == 0
    return timeline


def _events(timeline: Path) -> list[dict]:
    return json.loads(timeline.read_text(encoding="utf-8"))["events"]


# (id, the --tag given to list, the years of the events listed): "" lists the events still to tag.
TAG_CASES = [
    ("a-tag", "history", ["1958"]),
    ("a-tag-in-another-case-and-spaces", " HISTORY ", ["1958"]),
    ("the-empty-tag-lists-the-untagged", "", ["2026", "2026"]),
    ("spaces-are-the-empty-tag", "  ", ["2026", "2026"]),
]


@pytest.mark.parametrize(("tag", "years"), [c[1:] for c in TAG_CASES], ids=[c[0] for c in TAG_CASES])
def test_list_by_tag(tmp_path: Path, tag: str, years: list[str]):
    result = _run("list", str(_timeline(tmp_path)), "--tag", tag, "--json")
    assert result.exit_code == 0, result.output
    assert [e["when"]["value"][:4] for e in json.loads(result.stdout)] == years


def test_export_with_the_empty_tag_writes_the_untagged_events(tmp_path: Path):
    result = _run("export", str(_timeline(tmp_path)), "--format", "jsonl", "--tag", "")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and not any(r["tags"] for r in records)


# (id, the command after the timeline file, what standard error says): a --tag no event carries names the
# tags the file has, so that a tag typed wrong shows; an empty --tag or --untag is refused where one is given.
TAG_MESSAGES = [
    ("list-unknown-tag", ["list", "{file}", "--tag", "histroy"],
     "nothing matched: no event has the tag 'histroy': its tags are history"),
    ("export-unknown-tag", ["export", "{file}", "--format", "csv", "--tag", "histroy"],
     "warning: no event has the tag 'histroy': its tags are history: the export holds no event"),
    ("add-empty-tag", ["add", "{file}", "--date", "2026", "--title", "Vote", "--tag", ""],
     'a tag cannot be empty (`timeline list --tag ""` lists the events without one)'),
    ("edit-empty-tag", ["edit", "{file}", "{id}", "--tag", " "], "a tag cannot be empty"),
    ("edit-empty-untag", ["edit", "{file}", "{id}", "--untag", ""], "a tag cannot be empty"),
    ("add-tags-joined", ["add", "{file}", "--date", "2026", "--title", "Vote", "--tag", "council;budget"],
     "a tag cannot hold ';' ('council;budget'): repeat --tag for several, --tag a --tag b"),
    ("edit-tags-joined", ["edit", "{file}", "{id}", "--tag", "a;b"], "a tag cannot hold ';'"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "said"), [c[1:] for c in TAG_MESSAGES], ids=[c[0] for c in TAG_MESSAGES])
def test_tag_messages(tmp_path: Path, args: list[str], said: str):
    timeline = _timeline(tmp_path)
    before = timeline.read_bytes()
    first = _events(timeline)[0]["id"]
    result = _run(*(a.format(file=timeline, id=first) for a in args))
    assert said in result.stderr
    assert "Traceback" not in result.output
    assert timeline.read_bytes() == before  # nothing was added or changed


def test_a_tag_asked_of_an_untagged_file_says_how_to_tag(tmp_path: Path):
    article, timeline = tmp_path / "gazette.txt", tmp_path / "t.json"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _run("extract", str(article), "-o", str(timeline)).exit_code == 0
    result = _run("list", str(timeline), "--tag", "dam")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no event has a tag yet (`timeline edit TIMELINE ID --tag dam` tags one)" in result.stderr


# (id, the --date typed on 2 December 2026, the value added): a month without a year is the nearest one,
# "March" and "May" as "April" and "June" (the tagger reads those two alone as words), with a modifier too.
YEARLESS = [
    ("march", "March", "2027-03"),
    ("may-lowercase", "may", "2027-05"),
    ("april", "April", "2027-04"),
    ("july", "July", "2026-07"),
    ("early-march", "early March", "2027-03"),
    ("late-april", "late April", "2027-04"),
    ("march-with-its-year", "March 2026", "2026-03"),
]


@pytest.mark.parametrize(("typed", "value"), [c[1:] for c in YEARLESS], ids=[c[0] for c in YEARLESS])
def test_a_month_without_a_year_is_the_nearest(tmp_path: Path, typed: str, value: str):
    timeline = tmp_path / "t.json"
    result = _run("add", str(timeline), "--date", typed, "--title", "Panel meets", "--as-of", "2026-12-02")
    assert result.exit_code == 0, result.output
    assert [e["when"]["value"] for e in _events(timeline)] == [value]


# (id, the --date typed, what the error says): a day the calendar lacks says why.
NO_SUCH_DAY = [
    ("thirtieth-of-february", "2026-02-30", "cannot read the date '2026-02-30': February 2026 has 28 days"),
    ("leap-year", "2024-02-30", "February 2024 has 29 days"),
    ("thirty-first-of-april", "2026-04-31", "April 2026 has 30 days"),
    ("month-13", "2026-13-01", "there is no month 13 (months go from 01 to 12)"),
]


@pytest.mark.parametrize(("typed", "said"), [c[1:] for c in NO_SUCH_DAY], ids=[c[0] for c in NO_SUCH_DAY])
def test_a_day_the_calendar_lacks_says_why(tmp_path: Path, typed: str, said: str):
    result = _run("add", str(tmp_path / "t.json"), "--date", typed, "--title", "Vote")
    assert result.exit_code == 1
    assert said in result.stderr


# (id, the new start and end written in the file over the days "the past week" names, pinned after the
# next extraction): a date edited in the file is the user's; the days extraction worked out are not an edit.
PAST_WEEK_EDITS = [
    ("start-moved", ("2026-03-01", "2026-03-06"), True),
    ("end-moved", ("2026-02-27", "2026-03-05"), True),
    ("as-extracted", ("2026-02-27", "2026-03-06"), False),
]


@pytest.mark.parametrize(
    ("days", "pinned"), [c[1:] for c in PAST_WEEK_EDITS], ids=[c[0] for c in PAST_WEEK_EDITS]
)
def test_a_date_edited_in_the_file_over_the_past_week_is_the_users(
    tmp_path: Path, days: tuple[str, str], pinned: bool
):
    article, timeline = tmp_path / "gazette.txt", tmp_path / "t.json"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _run("extract", str(article), "-o", str(timeline)).exit_code == 0
    data = json.loads(timeline.read_text(encoding="utf-8"))
    (week,) = [e for e in data["events"] if e["evidence"][0]["timex"]["value"] == "P1W"]
    assert (week["when"]["start"], week["when"]["end"]) == ("2026-02-27", "2026-03-06")
    week["when"].update(value=days[0], start=days[0], end=days[1], end_value=days[1])
    timeline.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = _run("extract", str(article), "--into", str(timeline))
    assert result.exit_code == 0, result.output
    (after,) = [e for e in _events(timeline) if e["id"] == week["id"]]
    assert after["pinned"] is pinned
    assert (after["when"]["start"], after["when"]["end"]) == days


# (id, the event added, the edit, its date after): an empty --end makes a range one date again, its start,
# as --source "" removes a link; with --date, the date given.
END_REMOVED = [
    ("range-to-its-start", ["--date", "2026-03-09", "--end", "2026-03-12"], ["--end", ""],
     "2026-03-09", None),
    ("start-keeps-its-mod", ["--date", "early 2019", "--end", "2021"], ["--end", ""], "2019", "START"),
    ("with-a-new-date", ["--date", "2026-03-09", "--end", "2026-03-12"],
     ["--end", "", "--date", "March 2026"], "2026-03", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("added", "edited", "value", "mod"), [c[1:] for c in END_REMOVED], ids=[c[0] for c in END_REMOVED]
)
def test_an_empty_end_makes_a_range_one_date(
    tmp_path: Path, added: list[str], edited: list[str], value: str, mod: str | None
):
    timeline = tmp_path / "t.json"
    made = _run("add", str(timeline), *added, "--title", "Pumps sent")
    assert made.exit_code == 0, made.output
    result = _run("edit", str(timeline), made.stdout.strip(), *edited)
    assert result.exit_code == 0, result.output
    (when,) = [e["when"] for e in _events(timeline)]
    assert (when["value"], when["mod"], when["end_value"]) == (value, mod, None)


# (id, a sentence of two predicates sharing a subject and "will", the titles of its events): a second
# predicate on a finite verb takes no modal; a bare one shares it.
SHARED_MODAL = [
    ("are-expected", "Repairs will begin in June and are expected to end by December 2026.",
     ["Repairs will begin", "Repairs are expected to end"]),
    ("are-to", "The bridges will close in June and are to reopen in December 2026.",
     ["The bridges will close", "The bridges are to reopen"]),
    ("bare-shares-will", "The lake will pass 3 metres in 2030 and exceed 5 metres by 2050.",
     ["The lake will pass 3 metres", "The lake will exceed 5 metres"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "titles"), [c[1:] for c in SHARED_MODAL], ids=[c[0] for c in SHARED_MODAL]
)
def test_a_second_predicate_takes_the_modal_only_when_bare(tmp_path: Path, sentence: str, titles: list[str]):
    article = tmp_path / "courier.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    result = _run("extract", str(article), "--dct", "2026-04-10")
    assert result.exit_code == 0, result.output
    assert [e["title"] for e in json.loads(result.stdout)["events"]] == titles


COUNCIL = "MILLBROOK, March 17, 2026 - Mayor Ruth Okafor resigned on Friday, citing health reasons.\n"
EXTRACTED = "Mayor Ruth Okafor resigned, citing health reasons"  # the title extraction gives its event

# (id, the --date and --quote of the event added by hand, the titles of the 13 March events after the
# add, and after the next extraction): a hand event quoting the sentence of an extracted event with its date
# phrase takes that event's place at once; one quoting fewer words, or dated otherwise, stands beside it.
QUOTED_TWINS = [
    ("quote-with-its-date", "2026-03-13", "Mayor Ruth Okafor resigned on Friday", ["Okafor quits"]),
    ("quote-without-its-date", "2026-03-13", "Ruth Okafor resigned", [EXTRACTED, "Okafor quits"]),
    ("another-day", "2026-03-12", "Mayor Ruth Okafor resigned on Friday", [EXTRACTED]),
]


@pytest.mark.parametrize(
    ("date", "quote", "titles"), [c[1:] for c in QUOTED_TWINS], ids=[c[0] for c in QUOTED_TWINS]
)
def test_a_quoted_event_takes_the_place_of_the_extracted_one(
    tmp_path: Path, date: str, quote: str, titles: list[str]
):
    article, timeline = tmp_path / "council.txt", tmp_path / "t.json"
    article.write_text(COUNCIL, encoding="utf-8")
    assert _run("extract", str(article), "-o", str(timeline)).exit_code == 0
    added = _run("add", str(timeline), "--date", date, "--title", "Okafor quits", "--quote", quote)
    assert added.exit_code == 0, added.output
    assert ("it takes the place of 1 extracted event" in added.stderr) is (titles == ["Okafor quits"])
    for _ in range(2):  # after the add, then after extracting the article again: the same events
        friday = sorted(e["title"] for e in _events(timeline) if e["when"]["value"] == "2026-03-13")
        assert friday == titles
        assert _run("extract", str(article), "--into", str(timeline)).exit_code == 0


# (id, the --date typed with --as-of 2026-03-06, the days added or the error): "the past week" typed is the
# seven days up to the --as-of day and that day, as extraction dates an event by it; other lengths of time
# stay refused.
PAST_WEEK_TYPED = [
    ("the-past-week", "the past week", ("2026-02-27", "2026-03-06")),
    ("two-weeks-refused", "the past two weeks", "'the past two weeks' is a length of time, not a date"),
]


@pytest.mark.parametrize(
    ("typed", "said"), [c[1:] for c in PAST_WEEK_TYPED], ids=[c[0] for c in PAST_WEEK_TYPED]
)
def test_the_past_week_typed(tmp_path: Path, typed: str, said: tuple[str, str] | str):
    timeline = tmp_path / "t.json"
    result = _run("add", str(timeline), "--date", typed, "--title", "Meetings held", "--as-of", "2026-03-06")
    if isinstance(said, str):
        assert result.exit_code == 1 and said in result.stderr
        return
    assert result.exit_code == 0, result.output
    assert [(e["when"]["start"], e["when"]["end"]) for e in _events(timeline)] == [said]
