"""Rough edges a user met on a first day with the tool: each case pins the message and the exit code."""

import json

import pytest
from click.testing import CliRunner

import cli
from timeline.models import Timeline

NIGHT = {"value": "2025-09-10TNI", "start": "2025-09-10", "end": "2025-09-10", "granularity": "time"}
TIMELINE = {
    "schema_version": 1,
    "events": [
        {"id": "aaa111aaa111", "title": "Residents evacuated", "when": NIGHT},
        {"id": "bbb222bbb222", "title": "Budget passed",
         "when": {"value": "2019", "start": "2019-01-01", "end": "2019-12-31", "granularity": "year"}},
    ],
}


@pytest.fixture
def place(tmp_path):
    """Return the names the arguments use: a timeline file, an article, a folder without one, a plain file."""
    (tmp_path / "t.json").write_text(json.dumps(TIMELINE), encoding="utf-8")
    (tmp_path / "article.txt").write_text("---\ndate: 2025-10-01\n---\nThe dam opened in 1936.\n", "utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "blank.json").write_text("\n", encoding="utf-8")
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    return {"t": tmp_path / "t.json", "article": tmp_path / "article.txt", "empty": tmp_path / "empty",
            "blank": tmp_path / "blank.json", "plain": tmp_path / "plain", "tmp": tmp_path}


def invoke(args, names, stdin=None):
    return CliRunner().invoke(cli.main, [a.format(**names) for a in args], input=stdin)


IN_PLACE = ("Error: Invalid value for 'TIMELINE': this command changes a timeline file in place: "
            "give its name, not -")
# (id, arguments, standard input, exit code, exact last line of stderr (a usage error has the usage above))
ERRORS = [
    ("add-to-stdin-is-refused", ["add", "-", "--date", "2020", "--title", "x"], None, 2, IN_PLACE),
    ("edit-stdin-is-refused", ["edit", "-", "aaa", "--title", "x"], None, 2, IN_PLACE),
    ("remove-from-stdin-is-refused", ["remove", "-", "aaa"], None, 2, IN_PLACE),
    ("build-into-a-file", ["build", "{article}", "-o", "{plain}"], None, 1,
     "Error: {plain}/timeline.json: cannot write it: {plain} is a file, not a folder"),
    ("render-unwritable", ["render", "{t}", "-o", "/proc/t.html"], None, 1,
     "Error: /proc/t.html: cannot write it (No such file or directory)"),
    ("extract-folder-without-articles", ["extract", "{empty}"], None, 1,
     "Error: {empty}: no file to read in this folder "
     "(it reads .atom, .docx, .eml, .htm, .html, .json, .jsonl, .markdown, .mbox, .md, .ndjson, .pdf, .rss, "
     ".text, .tml, .txt, .xhtml, .xml)"),
    ("list-from-after-to", ["list", "{t}", "--from", "2026", "--to", "2019"], None, 1,
     "Error: --from 2026 is after --to 2019: give the earlier date to --from"),
    ("export-into-a-folder", ["export", "{t}", "--format", "csv", "-o", "{empty}"], None, 1,
     "Error: {empty}: is a folder: give the name of a file to write in it"),
    ("render-into-a-folder", ["render", "{t}", "-o", "{empty}"], None, 1,
     "Error: {empty}: is a folder: give the name of a file to write in it"),
    ("render-over-its-timeline", ["render", "{t}", "-o", "{t}"], None, 1,
     "Error: {t}: is what this command reads; give another file to write"),
    ("export-over-its-timeline", ["export", "{t}", "--format", "csv", "-o", "{tmp}/./t.json"], None, 1,
     "Error: {tmp}/./t.json: is what this command reads; give another file to write"),
    ("tag-over-its-article", ["tag", "{article}", "-o", "{article}"], None, 1,
     "Error: {article}: is what this command reads; give another file to write"),
    ("export-timeml-without-articles", ["export", "{t}", "--format", "timeml"], None, 1,
     "Error: TimeML tags the dates in the articles' text, and this timeline holds no article "
     "(only events added by hand)"),
    *[(f"{command}-a-timeline-file", [command, "{t}", *more], None, 1,
       "Error: {t}: holds no articles (a .json file is read when it is a list of articles or holds one under "
       '"articles"): combine timeline files with `timeline merge`, add articles to one with '
       "`timeline extract --into`")
      for command, more in [("extract", ["-o", "{tmp}/x.json"]), ("build", ["-o", "{tmp}/o"]), ("tag", [])]],
    ("extract-into-a-missing-file", ["extract", "{article}", "--into", "{tmp}/new.json"], None, 1,
     "Error: {tmp}/new.json: no such timeline file (--into adds to one; -o {tmp}/new.json makes it)"),
    *[(f"{name}-into-a-name-ending-in-slash", [*args, "{tmp}/new/"], None, 1,
       "Error: {tmp}/new/: is a folder: give the name of a file to write in it") for name, args in [
        ("extract", ["extract", "{article}", "-o"]), ("render", ["render", "{t}", "-o"]),
        ("export", ["export", "{t}", "--format", "csv", "-o"]), ("tag", ["tag", "{article}", "-o"]),
        ("merge", ["merge", "{t}", "-o"]), ("add", ["add", "--date", "2020", "--title", "x"])]],
    ("extract-into-a-folder", ["extract", "{article}", "-o", "{empty}"], None, 1,
     "Error: {empty}: is a folder: give the name of a file to write in it"),
    ("list-empty-file", ["list", "{blank}"], None, 1,
     "Error: {blank}: empty, not a timeline file (`timeline extract` or `add` makes one)"),
    ("list-empty-stdin", ["list", "-"], "", 1,
     "Error: standard input: empty, not a timeline file (`timeline extract` or `add` makes one)"),
]


@pytest.mark.parametrize(("args", "stdin", "code", "message"), [c[1:] for c in ERRORS],
                         ids=[c[0] for c in ERRORS])
def test_wrong_input_says_what_to_do(place, args, stdin, code, message):
    result = invoke(args, place, stdin=stdin)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (code, message.format(**place))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if code == 1:
        assert len(result.stderr.splitlines()) == 1
    assert not (place["tmp"] / "-").exists(), "a file named - was written"
    assert not (place["tmp"] / "new").exists(), "a file named after the folder was written"
    assert json.loads(place["t"].read_text(encoding="utf-8")) == TIMELINE, "the timeline file changed"
    assert place["article"].read_text(encoding="utf-8").endswith("The dam opened in 1936.\n")


# (id, arguments, exact stdout lines (None: not checked), a check of stdout) for commands reading stdin
STDIN_CASES = [
    ("list", ["list", "-"], [
        "ID            DATE                      ORIGIN     TITLE",
        "bbb222bbb222  2019                      extracted  Budget passed",
        "aaa111aaa111  10 September 2025, night  extracted  Residents evacuated",
    ], None),
    ("show", ["show", "-", "aaa"], None,
     lambda out: "date:        10 September 2025, night (2025-09-10TNI" in out),
    ("export", ["export", "-", "--format", "markdown"], None,
     lambda out: "- **10 September 2025, night**: Residents evacuated" in out),
    ("render-to-stdout", ["render", "-"], None, lambda out: out.rstrip().endswith("</html>")),
    ("merge-to-stdout", ["merge", "-", "{t}", "-o", "-"], None,
     lambda out: [e.id for e in Timeline.model_validate_json(out).events] == ["bbb222bbb222",
                                                                              "aaa111aaa111"]),
]


@pytest.mark.parametrize(("args", "lines", "check"), [c[1:] for c in STDIN_CASES],
                         ids=[c[0] for c in STDIN_CASES])
def test_dash_reads_the_timeline_from_stdin(place, args, lines, check):
    result = invoke(args, place, stdin=json.dumps(TIMELINE))
    assert result.exit_code == 0, result.output
    if lines is not None:
        assert result.stdout.splitlines() == lines
    if check is not None:
        assert check(result.stdout)
    assert not (place["tmp"] / "-").exists() and not (place["tmp"] / "-.html").exists()


def test_render_writes_into_folders_it_creates(place):
    target = place["tmp"] / "new" / "deeper" / "t.html"
    result = invoke(["render", "{t}", "-o", str(target)], place)
    assert (result.exit_code, result.stderr) == (0, f"2 events -> {target}\n")
    assert target.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_summary_counts_in_the_singular_and_build_says_what_the_file_holds(place):
    out = place["tmp"] / "out"
    added = invoke(["add", str(out / "timeline.json"), "--date", "2020", "--title", "By hand"], place)
    assert added.exit_code == 0, added.output
    result = invoke(["build", "{article}", "-o", str(out)], place)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "1 document, 1 event",
        "document dates from: metadata 1",
        f"wrote {out / 'timeline.json'} (2 events)",
        f"wrote {out / 'timeline.html'}",
        "compared with the file before: 1 new event; 1 event kept its id",
    ]


def test_export_timeml_names_files_inside_the_folder_whatever_the_document_ids(tmp_path):
    documents = [{"id": "../../escaped", "text": "One."}, {"id": "sub/dir/a", "text": "Two."},
                 {"id": "Same", "text": "Three."}, {"id": "same", "text": "Four."}]
    path = tmp_path / "in" / "t.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"schema_version": 1, "documents": documents}), encoding="utf-8")
    folder = tmp_path / "in" / "out" / "tml"
    result = invoke(["export", str(path), "--format", "timeml", "-o", f"{folder}/"], {})
    assert (result.exit_code, result.stderr) == (0, f"wrote 4 TimeML files into {folder}\n")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.tml")) == [
        "in/out/tml/Same.tml", "in/out/tml/escaped.tml", "in/out/tml/same-2.tml", "in/out/tml/sub_dir_a.tml",
    ]


@pytest.mark.parametrize("name", ["tml", "tml/"], ids=["without-slash", "with-slash"])
def test_export_timeml_into_a_new_folder_named_without_a_slash(tmp_path, name):
    documents = [{"id": "one", "text": "The vote was on 3 May 2024."}, {"id": "two", "text": "Two."}]
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"schema_version": 1, "documents": documents}), encoding="utf-8")
    result = invoke(["export", str(path), "--format", "timeml", "-o", str(tmp_path / name)], {})
    assert (result.exit_code, result.stderr) == (0, f"wrote 2 TimeML files into {tmp_path / name}\n")
    assert sorted(p.name for p in (tmp_path / "tml").iterdir()) == ["one.tml", "two.tml"]


# (id, edit arguments, exact stderr): an edit that changes nothing says so, and does not pin the event
NO_CHANGE = [
    ("same-title", ["--title", "Residents evacuated"], "it already is as given"),
    ("untag-a-missing-tag", ["--untag", "nothere"], "it has no tag 'nothere' (its tags: none)"),
    ("remove-a-missing-source", ["--source", ""], "it already is as given"),
]


@pytest.mark.parametrize(("args", "said"), [c[1:] for c in NO_CHANGE], ids=[c[0] for c in NO_CHANGE])
def test_edit_that_changes_nothing_says_so(place, args, said):
    before = place["t"].read_bytes()
    result = invoke(["edit", "{t}", "aaa", *args], place)
    assert (result.exit_code, result.stderr) == (0, f"unchanged aaa111aaa111: {said}\n")
    assert place["t"].read_bytes() == before


def test_extract_takes_a_title_and_a_later_extract_keeps_it(place):
    path = place["tmp"] / "titled.json"
    assert invoke(["extract", "{article}", "-o", str(path), "--title", "The dam"], place).exit_code == 0
    assert Timeline.model_validate_json(path.read_text(encoding="utf-8")).title == "The dam"
    assert invoke(["extract", "{article}", "--into", str(path)], place).exit_code == 0
    assert Timeline.model_validate_json(path.read_text(encoding="utf-8")).title == "The dam"


def test_build_without_inputs_away_from_the_demo_says_what_to_give(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["build"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: give the articles to read, e.g. `timeline build articles/` (without INPUTS, build reads "
        "the demo articles in seeds/, and there is no such folder here)"
    )
    assert not (tmp_path / "output").exists()


def test_build_to_standard_output_is_refused_without_making_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["build", "-", "-o", "-"], input="It rained on 3 May 2024.\n")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: build writes two files into a folder: give -o FOLDER "
        "(use `extract -o -` to print the timeline)"
    )
    assert list(tmp_path.iterdir()) == []


def test_build_into_a_corrupt_timeline_stops_before_reading_and_writes_nothing(place, monkeypatch):
    out = place["tmp"] / "out"
    out.mkdir()
    (out / "timeline.json").write_text('{"events": [}', encoding="utf-8")
    monkeypatch.setattr(cli.timeline, "extract", lambda *a, **k: pytest.fail("extracted before the check"))
    result = invoke(["build", "{article}", "-o", str(out)], place)
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {out / 'timeline.json'}: not valid JSON at line 1, column 13: Expecting value\n")
    assert sorted(p.name for p in out.iterdir()) == ["timeline.json"]


def test_render_usage_names_the_argument_as_the_others_do():
    result = CliRunner().invoke(cli.main, ["render", "-h"])
    assert result.output.startswith("Usage: main render [OPTIONS] TIMELINE\n")


# (id, filter options, ids of the exported events): export takes the options that choose events in list
EXPORT_FILTERS = [
    ("none", [], ["aaa111aaa111", "bbb222bbb222"]),  # as the file has them
    ("from", ["--from", "2025"], ["aaa111aaa111"]),
    ("to", ["--to", "2020"], ["bbb222bbb222"]),
    ("query", ["--query", "BUDGET"], ["bbb222bbb222"]),
    ("tag-nobody-has", ["--tag", "council"], []),
]


@pytest.mark.parametrize(("options", "ids"), [c[1:] for c in EXPORT_FILTERS],
                         ids=[c[0] for c in EXPORT_FILTERS])
def test_export_exports_the_chosen_events(place, options, ids):
    result = invoke(["export", "{t}", "--format", "jsonl", *options], place)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


DASH_IN_THE_WAY = [
    ("list", ["list", "-"]),
    ("show", ["show", "-", "aaa"]),
    ("merge-to-stdout", ["merge", "-", "-o", "-"]),
    ("export", ["export", "-", "--format", "csv"]),
]


@pytest.mark.parametrize("args", [c[1] for c in DASH_IN_THE_WAY], ids=[c[0] for c in DASH_IN_THE_WAY])
def test_dash_means_stdin_even_beside_a_folder_named_dash(tmp_path, monkeypatch, args):
    # A scratch folder often holds a stray folder named "-" (from `mkdir -p "$OUT"` with OUT=-).
    (tmp_path / "-").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, args, input=json.dumps(TIMELINE))
    assert result.exit_code == 0, result.output
    assert "aaa111aaa111" in result.stdout


NOTHING_TO_TAG = [
    ("json", ["tag", "{bin}"]),
    ("jsonl-streamed", ["tag", "{bin}", "--format", "jsonl"]),
    ("timeml", ["tag", "{bin}", "--format", "timeml"]),
    ("into-a-file", ["tag", "{bin}", "-o", "{tmp}/tags.json"]),
]


@pytest.mark.parametrize("args", [c[1] for c in NOTHING_TO_TAG], ids=[c[0] for c in NOTHING_TO_TAG])
def test_tag_with_no_readable_document_fails_as_extract_does(place, args):
    place = {**place, "bin": place["tmp"] / "scan.txt"}
    place["bin"].write_bytes(b"\x00\x01\x02binary")
    result = invoke(args, place)
    assert result.exit_code == 1
    # the problem is told once, as a warning; the error says nothing could be read
    assert result.stderr.splitlines()[-2:] == [
        f"warning: {place['bin']}: binary file (it holds NUL bytes)",
        "Error: no document could be read: every input was skipped (see the warnings above)",
    ]
    assert result.stdout == "" and not (place["tmp"] / "tags.json").exists()
