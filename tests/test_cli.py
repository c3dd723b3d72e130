"""The click front: every command explains itself, and bad input never shows a traceback."""

import datetime as dt
import json
import re

import icalendar
import jsonschema
import pytest
from click.testing import CliRunner

import cli
from timeline.models import Timeline


def commands() -> list[str]:
    return sorted(cli.main.commands)


def test_group_help_lists_commands():
    result = CliRunner().invoke(cli.main, ["--help"])
    assert result.exit_code == 0
    for name in ("build", "extract", "tag", "evaluate", "render", "schema"):
        assert name in result.output


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(name):
    command = cli.main.commands[name]
    assert command.help, f"{name} has no docstring help"
    result = CliRunner().invoke(cli.main, [name, "-h"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"timeline {name}" in result.output


def test_version():
    result = CliRunner().invoke(cli.main, ["--version"])
    assert result.exit_code == 0 and "version" in result.output


BAD_INPUT = [
    ("missing-file", ["build", "no/such/article.txt"], "no/such/article.txt: no such file"),
    ("bad-dct", ["build", "--dct", "yesterday-ish"], "--dct: cannot read the date 'yesterday-ish'"),
    ("missing-timeline", ["render", "no-such-timeline.json"], "no-such-timeline.json: no such timeline file"),
    ("missing-gold", ["evaluate", "no/such/corpus"], "no/such/corpus: no such file or folder"),
]


@pytest.mark.parametrize(("args", "message"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_1(args, message, tmp_path):
    if args[0] == "build":
        args = [*args, "-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.output


def test_usage_error_exit_2():
    result = CliRunner().invoke(cli.main, ["build", "--no-such-flag"])
    assert result.exit_code == 2


def test_schema_is_the_models_schema():
    result = CliRunner().invoke(cli.main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "Timeline"
    assert {"documents", "events", "schema_version"} <= set(schema["properties"])


def test_build_writes_json_valid_against_schema_and_html(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    schema = json.loads(CliRunner().invoke(cli.main, ["schema"]).output)
    jsonschema.validate(written, schema)
    assert len(written["documents"]) == 4
    page = (out / "timeline.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")
    # plotly.js embedded: works offline. (The bundle itself names cdn.plot.ly as its default topojsonURL,
    # used only by geo maps, so the test looks for a script loaded from elsewhere.)
    assert "src=\"http" not in page and "<script src=" not in page
    assert "documents" in result.output and "events" in result.output


# --- Hand work on timeline files: add, edit, remove, list, show, merge, export, extract --into -----------

def run(*args: str):
    """Invoke the CLI in-process; stdout and stderr stay apart."""
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def add_event(path, date: str, title: str, *extra: str) -> str:
    result = run("add", path, "--date", date, "--title", title, *extra)
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_add_creates_the_file_and_keeps_the_precision(tmp_path):
    path = tmp_path / "t.json"
    first = add_event(path, "October 2025", "Month event", "--tag", "a", "--source", "https://example.org")
    add_event(path, "2017", "Year event", "--description", "More words")
    add_event(path, "2019", "Range event", "--end", "2021")
    saved = Timeline.model_validate_json(path.read_text(encoding="utf-8"))
    by_title = {e.title: e for e in saved.events}
    assert [e.title for e in saved.events] == ["Year event", "Range event", "Month event"]
    month = by_title["Month event"]
    assert (month.id, month.when.value, month.when.granularity, month.origin, month.tags, month.url) == (
        first, "2025-10", "month", "manual", ["a"], "https://example.org")
    assert by_title["Year event"].when.granularity == "year"
    assert (by_title["Range event"].when.end, by_title["Range event"].when.end_value) == (
        dt.date(2021, 12, 31), "2021")


def test_add_prints_the_id_on_stdout_and_a_message_on_stderr(tmp_path):
    result = run("add", tmp_path / "t.json", "--date", "25 October 2025", "--title", "Bridge opens")
    assert re.fullmatch(r"[0-9a-f]{12}\n", result.stdout)
    assert result.stderr == f"added {result.stdout.strip()} (25 October 2025) to {tmp_path / 't.json'}\n"


TYPED_VALUES = [  # a value copied from a timeline file, and what add says of it
    ("2026-01-15TMO", "15 January 2026, morning"),
    ("2025-W43-WE", None),
    ("2025-10-25T14:30", None),
    ("199", "the 1990s"),
]


@pytest.mark.parametrize(("value", "said"), TYPED_VALUES, ids=[c[0] for c in TYPED_VALUES])
def test_add_and_edit_take_the_values_the_tagger_writes(tmp_path, value, said):
    path = tmp_path / "t.json"
    event_id = add_event(path, "2017", "Bridge opens")
    assert run("edit", path, event_id, "--date", value).exit_code == 0
    added = run("add", path, "--date", value, "--title", "Second")
    assert added.exit_code == 0, added.output
    saved = Timeline.model_validate_json(path.read_text(encoding="utf-8"))
    assert [e.when.value for e in saved.events] == [value, value]
    if said:
        assert f"({said})" in added.stderr


def test_edit_changes_fields_and_pins_extracted_events(tmp_path):
    path = tmp_path / "t.json"
    day = dt.date(2019, 5, 1)
    extracted = Timeline(events=[{"id": "abc123def456", "title": "Machine title",
                                  "when": {"value": "2019-05-01", "start": day, "end": day,
                                           "granularity": "day"}}])
    path.write_text(extracted.model_dump_json(), encoding="utf-8")
    result = run("edit", path, "abc", "--title", "Fixed title", "--date", "May 2019", "--tag", "fixed")
    assert result.exit_code == 0, result.output
    assert result.stderr == "edited abc123def456: Fixed title (May 2019)\n"
    event = Timeline.model_validate_json(path.read_text(encoding="utf-8")).events[0]
    assert (event.title, event.when.value, event.pinned, event.tags) == (
        "Fixed title", "2019-05", True, ["fixed"])
    assert run("edit", path, "abc", "--end", "2020", "--untag", "fixed").exit_code == 0
    event = Timeline.model_validate_json(path.read_text(encoding="utf-8")).events[0]
    assert (event.when.value, event.when.end_value, event.when.end, event.tags) == (
        "2019-05", "2020", dt.date(2020, 12, 31), [])


def test_remove_list_and_show(tmp_path):
    path = tmp_path / "t.json"
    keep = add_event(path, "2017", "Kept event", "--tag", "keep", "--description", "Why it matters")
    gone = add_event(path, "2018", "Removed event")
    other = add_event(path, "2025-W43", "Week event", "--tag", "keep")
    result = run("remove", path, gone[:6])
    assert (result.exit_code, result.stderr) == (0, f"removed {gone}: Removed event\n(`timeline restore` "
                                                    "brings it back; `timeline list --removed` lists the "
                                                    "removed events)\n")
    listed = run("list", path)
    assert listed.stdout.splitlines() == [
        "ID            DATE                     ORIGIN  TITLE",
        f"{keep}  2017                     manual  Kept event",
        f"{other}  week of 20 October 2025  manual  Week event",
    ]
    assert listed.stderr == "2 of 2 events\n"
    as_json = json.loads(run("list", path, "--json", "--from", "2020", "--tag", "keep").stdout)
    assert [e["id"] for e in as_json] == [other]
    assert json.loads(run("list", path, "--json", "--to", "2017", "--query", "KEPT").stdout)[0]["id"] == keep
    assert json.loads(run("list", path, "--json", "--query", "nothing like it").stdout) == []
    shown = run("show", path, keep[:5]).stdout
    assert f"id:          {keep}" in shown
    assert "date:        2017 (2017, year, 2017-01-01 to 2017-12-31)" in shown
    assert "tags:        keep" in shown and "description: Why it matters" in shown
    assert json.loads(run("show", path, keep, "--json").stdout)["title"] == "Kept event"


def test_merge_deduplicates_and_merges_an_existing_output_in(tmp_path):
    a, b, out = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "out.json"
    shared = add_event(a, "2017", "Shared event")
    assert add_event(b, "2017", "Shared event") == shared
    only_b = add_event(b, "2018", "Only in b")
    already = add_event(out, "2019", "Already in the output")
    result = run("merge", a, b, "-o", out)
    assert (result.exit_code, result.stderr) == (0, f"3 events from 2 files and the file's own -> {out}\n")
    merged = Timeline.model_validate_json(out.read_text(encoding="utf-8"))
    assert sorted(e.id for e in merged.events) == sorted([shared, only_b, already])
    fresh = tmp_path / "fresh.json"
    assert run("merge", a, b, "-o", fresh).stderr == f"2 events from 2 files -> {fresh}\n"


def test_merge_keeps_the_hand_edit_of_the_first_file_named(tmp_path):
    a, b, out = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "out.json"
    event = add_event(a, "2017", "Bridge opens")
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    out.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    for path, title in ((a, "Bridge opens to cars"), (b, "Bridge opens to bikes"), (out, "Bridge shut")):
        assert run("edit", path, event, "--title", title).exit_code == 0
    assert run("merge", b, a, "-o", out).exit_code == 0
    assert [e.title for e in Timeline.model_validate_json(out.read_text(encoding="utf-8")).events] == [
        "Bridge opens to bikes"]
    assert "the first file named wins" in " ".join(run("merge", "--help").stdout.split())


EXPORTS = [
    ("json", lambda text: Timeline.model_validate_json(text).events[0].title == "Bridge, opens"),
    ("jsonl", lambda text: json.loads(text.splitlines()[0])["title"] == "Bridge, opens"),
    ("csv", lambda text: text.splitlines()[0].startswith("\ufeffid,date,start,end")),
    ("timelinejs", lambda text: json.loads(text)["events"][0]["start_date"] == {"year": 2017}),
    ("ics", lambda text: str(icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["SUMMARY"])
     == "Bridge, opens"),
    ("markdown", lambda text: "- **2017**: Bridge, opens" in text),
]


@pytest.mark.parametrize(("fmt", "check"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_export_to_stdout_and_to_a_file(tmp_path, fmt, check):
    path = tmp_path / "t.json"
    add_event(path, "2017", "Bridge, opens")
    result = run("export", path, "--format", fmt)
    assert result.exit_code == 0 and check(result.stdout)
    target = tmp_path / f"out.{fmt}"
    assert run("export", path, "--format", fmt, "-o", target).stderr == f"wrote {target}\n"
    assert target.read_bytes() == result.stdout_bytes


def test_export_timeml_of_several_documents_into_a_folder(tmp_path):
    path = tmp_path / "t.json"
    documents = [{"id": "doc-1", "text": "One.", "date": "2021-06-01"},
                 {"id": "doc-2", "text": "Two & more."}]
    path.write_text(json.dumps({"schema_version": 1, "documents": documents}), encoding="utf-8")
    refused = run("export", path, "--format", "timeml")
    assert refused.exit_code == 1
    assert refused.stderr == ("Error: TimeML is one document a file and this timeline has 2: "
                              "give a folder to write them into, e.g. -o timeml/\n")
    result = run("export", path, "--format", "timeml", "-o", f"{tmp_path / 'tml'}/")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "tml").iterdir()) == ["doc-1.tml", "doc-2.tml"]
    assert "<TEXT>Two &amp; more.</TEXT>" in (tmp_path / "tml" / "doc-2.tml").read_text(encoding="utf-8")


def corrupt(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"events": [}', encoding="utf-8")
    return path


# (id, arguments with {t} for a good timeline and {bad} for a corrupt one, exit code, exact stderr)
CLI_ERRORS = [
    ("add-unreadable-date", ["add", "{t}", "--date", "soonish", "--title", "x"], 1,
     "Error: --date: cannot read the date 'soonish': try \"25 October 2025\", \"October 2025\", \"2017\", "
     "\"2025-W43\" or \"early 2019\"\n"),
    ("add-end-before-start", ["add", "{t}", "--date", "2020", "--end", "2019", "--title", "x"], 1,
     "Error: --end: the end 2019 is before the start 2020: give the earlier date first\n"),
    ("add-duplicate", ["add", "{t}", "--date", "2017", "--title", "kept event"], 1,
     "Error: an event 'kept event' on 2017 is already there (id {id}): "
     "edit it with `timeline edit` instead\n"),
    ("add-corrupt", ["add", "{bad}", "--date", "2017", "--title", "x"], 1,
     "Error: {bad}: not valid JSON at line 1, column 13: Expecting value\n"),
    ("add-no-title", ["add", "{t}", "--date", "2017"], 2, None),
    ("add-script-link",
     ["add", "{t}", "--date", "2017", "--title", "x", "--source", "javascript:alert(1)"], 1,
     "Error: the source 'javascript:alert(1)' is not a web link: give an http:// or https:// address\n"),
    ("edit-file-link", ["edit", "{t}", "{id}", "--source", "file:///etc/passwd"], 1,
     "Error: the source 'file:///etc/passwd' is not a web link: give an http:// or https:// address\n"),
    ("edit-link-without-scheme", ["edit", "{t}", "{id}", "--source", "example.org/vote"], 1,
     "Error: the source 'example.org/vote' is not a web link: give an http:// or https:// address "
     "(https://example.org/vote?)\n"),
    ("edit-missing-file", ["edit", "{missing}", "abc", "--title", "x"], 1,
     "Error: {missing}: no such timeline file\n"),
    ("edit-unknown-id", ["edit", "{t}", "ffff", "--title", "x"], 1,
     "Error: no event with an id starting 'ffff' in {t}: see `timeline list`\n"),
    ("edit-nothing", ["edit", "{t}", "{id}"], 2, None),
    ("edit-bad-date", ["edit", "{t}", "{id}", "--date", "the 31st of Smarch"], 1,
     "Error: --date: cannot read the date 'the 31st of Smarch': try \"25 October 2025\", \"October 2025\", "
     "\"2017\", \"2025-W43\" or \"early 2019\"\n"),
    ("remove-unknown-id", ["remove", "{t}", "{id}", "ffff"], 1,
     "Error: no event with an id starting 'ffff' in {t}: see `timeline list`\n"),
    ("remove-no-id", ["remove", "{t}"], 2, None),
    ("list-missing-file", ["list", "{missing}"], 1, "Error: {missing}: no such timeline file\n"),
    ("list-corrupt", ["list", "{bad}"], 1,
     "Error: {bad}: not valid JSON at line 1, column 13: Expecting value\n"),
    ("list-bad-from", ["list", "{t}", "--from", "whenever"], 1,
     "Error: --from: cannot read the date 'whenever': try \"25 October 2025\", \"October 2025\", \"2017\", "
     "\"2025-W43\" or \"early 2019\"\n"),
    ("show-unknown-id", ["show", "{t}", "zz"], 1,
     "Error: no event with an id starting 'zz' in {t}: see `timeline list`\n"),
    ("merge-corrupt-input", ["merge", "{t}", "{bad}", "-o", "{out}"], 1,
     "Error: {bad}: not valid JSON at line 1, column 13: Expecting value\n"),
    ("merge-no-output", ["merge", "{t}"], 2, None),
    ("export-unknown-format", ["export", "{t}", "--format", "pdf"], 2, None),
    ("export-unwritable", ["export", "{t}", "--format", "csv", "-o", "/proc/timeline.csv"], 1,
     "Error: /proc/timeline.csv: cannot write it (No such file or directory)\n"),
    ("export-missing-file", ["export", "{missing}", "--format", "csv"], 1,
     "Error: {missing}: no such timeline file\n"),
    ("extract-into-missing", ["extract", "{article}", "--into", "{missing}"], 1,
     "Error: {missing}: no such timeline file (--into adds to one; -o {missing} makes it)\n"),
    ("extract-o-and-into", ["extract", "{article}", "-o", "{out}", "--into", "{t}"], 2, None),
    ("extract-o-folder", ["extract", "{article}", "-o", "{folder}"], 1,
     "Error: {folder}: is a folder: give the name of a file to write in it\n"),
    ("extract-into-corrupt", ["extract", "{article}", "-o", "{bad}"], 1,
     "Error: {bad}: not valid JSON at line 1, column 13: Expecting value\n"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in CLI_ERRORS],
                         ids=[c[0] for c in CLI_ERRORS])
def test_hand_work_errors(tmp_path, args, code, message):
    good, bad = tmp_path / "t.json", corrupt(tmp_path)
    event_id = add_event(good, "2017", "Kept event")
    (tmp_path / "article.txt").write_text("Something happened in 2019.", encoding="utf-8")
    names = {"t": good, "bad": bad, "missing": tmp_path / "missing.json", "out": tmp_path / "out.json",
             "id": event_id, "article": tmp_path / "article.txt", "folder": tmp_path}
    before = {p: p.read_bytes() for p in (good, bad)}
    result = run(*[a.format(**names) for a in args])
    assert result.exit_code == code, result.output
    if message is not None:
        assert result.stderr == message.format(**names)
    assert "Traceback" not in result.output
    assert {p: p.read_bytes() for p in (good, bad)} == before, "a failed command changed a file"
    assert not (tmp_path / "missing.json").exists() and not (tmp_path / "out.json").exists()


FIRST = ("---\ndate: 2025-10-01\n---\nThe council approved the budget in 2018. The old bridge closed in 2019 "
         "for repairs. Engineers finished the new deck in 2021.\n")
SECOND = "---\ndate: 2025-11-01\n---\nThe mayor opened another span in 2024.\n"


def events_in(path):
    return Timeline.model_validate_json(path.read_text(encoding="utf-8")).events


@pytest.mark.parametrize("again", ["new-article-only", "all-articles"])
def test_round_trip_keeps_hand_work_through_re_extraction(tmp_path, again):
    first, second, path = tmp_path / "first.txt", tmp_path / "second.txt", tmp_path / "t.json"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    assert run("extract", first, "-o", path).exit_code == 0
    extracted = events_in(path)
    by_sentence = {e.evidence[0].text: e for e in extracted}
    deck = next(e for s, e in by_sentence.items() if "deck" in s)
    budget = next(e for s, e in by_sentence.items() if "budget" in s)
    manual = add_event(path, "25 October 2025", "Inauguration by hand")
    assert run("edit", path, deck.id, "--title", "Deck finished (edited)").exit_code == 0
    assert run("remove", path, budget.id).exit_code == 0
    inputs = [second] if again == "new-article-only" else [first, second]
    result = run("extract", *inputs, "--into", path)
    assert result.exit_code == 0, result.output
    after = events_in(path)
    ids = [e.id for e in after]
    assert len(ids) == len(set(ids))
    assert manual in ids
    assert [e.title for e in after if e.id == deck.id] == ["Deck finished (edited)"]
    assert budget.id not in ids
    assert any(e.evidence and e.evidence[0].document == "second" for e in after)
    assert {e.id for e in extracted} - {budget.id} <= set(ids)
    saved = Timeline.model_validate_json(path.read_text(encoding="utf-8"))
    assert saved.removed == [budget.id] and sorted(d.id for d in saved.documents) == ["first", "second"]


def test_build_again_keeps_hand_work(tmp_path):
    out = tmp_path / "out"
    assert run("build", "-o", out).exit_code == 0
    path = out / "timeline.json"
    manual = add_event(path, "25 October 2025", "Added by hand")
    first = events_in(path)
    removed = next(e for e in first if e.origin == "extracted")
    assert run("remove", path, removed.id).exit_code == 0
    result = run("build", "-o", out)
    assert result.exit_code == 0, result.output
    ids = [e.id for e in events_in(path)]
    assert manual in ids and removed.id not in ids
    assert len(ids) == len(first) - 1


# --dct on `tag` is a fallback (a document's own date wins); on `extract` and `build` it overrides.
DCT_CASES = [
    ("tag-own-date-wins", "tag", "dated", "2020-05-05", "metadata"),
    ("tag-fallback-for-undated", "tag", "undated", "2021-01-10", "option"),
    ("extract-overrides-own-date", "extract", "dated", "2021-01-10", "option"),
    ("extract-dates-undated", "extract", "undated", "2021-01-10", "option"),
]


@pytest.mark.parametrize(("command", "doc", "date", "source"), [c[1:] for c in DCT_CASES],
                         ids=[c[0] for c in DCT_CASES])
def test_dct_option_per_command(command, doc, date, source, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "dated", "date": "2020-05-05", "text": "It rained yesterday."}) + "\n"
        + json.dumps({"id": "undated", "text": "It rained yesterday."}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli.main, [command, str(feed), "--dct", "2021-01-10"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    if command == "tag":
        found = {d["id"]: (d["dct"], d["date_source"]) for d in payload}
    else:
        found = {d["id"]: (d["date"], d["date_source"]) for d in payload["documents"]}
    assert found[doc] == (date, source)
