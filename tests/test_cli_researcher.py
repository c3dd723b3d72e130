"""A researcher's round trip: `timeline tag` into TimeML and JSON, then `timeline evaluate` on gold folders.

Every text here is invented for the test.
"""

import json

import pytest
from click.testing import CliRunner

import cli
from timeline.evaluate import describe, score_document
from timeline.models import TimeExpression

DCT = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-06" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
)


def _tml(body: str, *, dct: str = DCT) -> str:
    return f'<?xml version="1.0"?>\n<TimeML>{dct}\n<TEXT>{body}</TEXT></TimeML>\n'


GOOD = _tml('It rained on <TIMEX3 tid="t1" type="DATE" value="2020-01-02">2 January 2020</TIMEX3>.')
BROKEN_CASES = [
    # (id, body of the broken file, what the message names)
    ("unclosed-timex", 'On <TIMEX3 tid="t1" type="DATE" value="2020">2020 and more.', "line 3"),
    ("garbled-close", 'On <TIMEX3 tid="t1" type="DATE" value="2020">2020</TIMEX3 and more.', "line 3"),
    ("raw-ampersand", "Bread & butter since 2020.", "line 3"),
    ("mismatched", 'On <TIMEX3 tid="t1" type="DATE" value="2020">2020</EVENT>.', "mismatched tag"),
]


@pytest.mark.parametrize(("body", "named"), [c[1:] for c in BROKEN_CASES], ids=[c[0] for c in BROKEN_CASES])
def test_a_gold_file_that_is_not_well_formed_stops_evaluate_naming_file_and_line(tmp_path, body, named):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.tml").write_text(GOOD, encoding="utf-8")
    (gold / "b.tml").write_text(_tml(body), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold)])
    assert result.exit_code == 1, result.output
    assert "b.tml" in result.output and named in result.output
    assert "Traceback" not in result.output


def test_a_gold_file_in_another_encoding_is_one_line_not_a_traceback(tmp_path):
    path = tmp_path / "latin.tml"
    page = _tml("Caf\u00e9 since 2020.").replace("?>", ' encoding="latin-1"?>', 1)
    path.write_bytes(page.encode("latin-1"))
    result = CliRunner().invoke(cli.main, ["evaluate", str(path)])
    assert result.exit_code == 1 and "not UTF-8" in result.output, result.output


def test_errors_with_json_keep_stdout_one_json_document(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    # Gold says "2 January 2020" is 2021: a value error the listing must carry.
    (gold / "a.tml").write_text(GOOD.replace('value="2020-01-02"', 'value="2021-01-02"'), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--errors", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    [error] = figures["gold"]["errors"]
    assert error["kind"] == "value"
    assert (error["gold"]["value"], error["system"]["value"]) == ("2021-01-02", "2020-01-02")
    assert (error["gold"]["start"], error["gold"]["end"]) == (13, 27)
    assert figures["gold"]["value_f1"] == 0.0
    plain = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--json"])
    assert "errors" not in json.loads(plain.stdout)["gold"]


def test_a_gold_file_without_dct_is_scored_with_a_warning(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "undated.tml").write_text(
        _tml('It rained <TIMEX3 tid="t1" type="DATE" value="XXXX-XX-XX">yesterday</TIMEX3>.', dct=""),
        encoding="utf-8",
    )
    (gold / "dated.tml").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold)])
    assert result.exit_code == 0, result.output
    assert "1 gold document has no DCT (undated)" in result.stderr
    assert "no DCT" not in result.stdout


USAGE_CASES = [
    ("gold-timexes-alone", ["--gold-timexes"], "--gold-timexes goes with --events"),
    ("errors-with-events", ["--events", "--errors"], "--errors"),
]


@pytest.mark.parametrize(("flags", "message"), [c[1:] for c in USAGE_CASES], ids=[c[0] for c in USAGE_CASES])
def test_flags_that_would_be_ignored_are_usage_errors(tmp_path, flags, message):
    (tmp_path / "a.tml").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["evaluate", str(tmp_path), *flags])
    assert result.exit_code == 2 and message in result.output, result.output


def _timex(start: int, end: int, value: str = "2020") -> TimeExpression:
    return TimeExpression(start=start, end=end, text="x" * (end - start), type="DATE", value=value)


def test_errors_come_in_reading_order_with_both_offsets():
    gold = [_timex(0, 4), _timex(50, 54)]
    system = [_timex(20, 24), _timex(50, 54, "2021")]  # a spurious tag between a miss and a wrong value
    lines = [describe(error) for error in score_document("d", gold, system).errors]
    assert [line.split("\t")[1] for line in lines] == ["missed", "spurious", "value"]
    assert "@0-4" in lines[0] and "@20-24" in lines[1] and "@50-54" in lines[2]


# (file name, bytes, encoding a researcher would read it with): each timex must slice to its text.
FILES = [
    ("crlf.txt", b"Headline\r\n\r\nOn Monday the board met.\r\nIt met again on 9 September 2025.\r\n"),
    ("bom.txt", "\ufeffThe bridge reopened on 1 April 2025, a week after the storm.\n".encode()),
    ("bom_crlf.txt", "\ufeffLast year profits fell.\r\nIn 2023 they rose.\r\n".encode()),
    ("marks.txt", "Montre\u0301al \U0001f600\tOn 2 July 2022\tthe caf\u00e9 shut; reopened 2024.\n".encode()),
    ("legacy.txt", "The caf\u00e9 closed on 3 March 2021.\n".encode("cp1252")),
]


@pytest.mark.parametrize(("name", "data"), FILES, ids=[f[0] for f in FILES])
def test_tag_offsets_index_the_text_given_with_text_and_the_file_read_without_newline_translation(
    tmp_path, name, data
):
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--dct", "2025-10-25", "--text"])
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.stdout)
    assert found["source"] == str(path) and found["timexes"]
    encoding = "cp1252" if name == "legacy.txt" else "utf-8-sig"
    with open(path, encoding=encoding, newline="") as stream:
        original = stream.read()
    assert found["text"] == original
    timexes = found["timexes"]
    assert [original[t["start"] : t["end"]] for t in timexes] == [t["text"] for t in timexes]


def test_tag_jsonl_with_text_gives_each_line_its_source_and_text(tmp_path):
    lines = [
        {"id": "a", "text": "Talks began on Monday.\r\nThey ended on 4 May 2025.", "date": "2025-04-30"},
        {"id": "b", "text": "\ufeffOn 3 March 2024 the board met."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--format", "jsonl", "--text"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["id"], f["source"], f["text"]) for f in found] == [
        ("a", f"{path}:1", lines[0]["text"]), ("b", f"{path}:2", lines[1]["text"])
    ]
    assert found[1]["timexes"][0]["start"] == 4  # the mark is part of a JSON string's text


def test_tag_text_with_timeml_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("On 3 May 2020 it rained.", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(tmp_path / "a.txt"), "--format", "timeml", "--text"])
    assert result.exit_code == 2 and "TimeML holds the text already" in result.output


# A JSON string may hold half a surrogate pair; no file can be written with it.
TEXT_SURROGATE = {"id": "s", "text": "On 3 May 2020 \ud800 it rained."}
ID_SURROGATE = {"id": "x\udc80y", "text": "On 3 May 2020 it rained."}
SURROGATE_CASES = [
    ("in-text-timeml", TEXT_SURROGATE, "out.tml", ["--format", "timeml"]),
    ("in-text-json", TEXT_SURROGATE, "out.json", ["--text"]),
    ("in-id-json", ID_SURROGATE, "out.json", []),
    ("in-id-timeml-folder", ID_SURROGATE, "out/", ["--format", "timeml"]),
]


@pytest.mark.parametrize(("line", "name", "flags"), [c[1:] for c in SURROGATE_CASES],
                         ids=[c[0] for c in SURROGATE_CASES])
def test_a_lone_surrogate_escape_is_read_as_a_replacement_character(tmp_path, line, name, flags):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")  # json.dumps escapes it: \ud800
    result = CliRunner().invoke(cli.main, ["tag", str(path), "-o", f"{tmp_path}/{name}", *flags])
    assert result.exit_code == 0, result.output
    [written] = [tmp_path / name] if not name.endswith("/") else list((tmp_path / name).iterdir())
    text = written.read_text(encoding="utf-8")
    assert "\ufffd" in text and "3 May 2020" in text


def test_extract_of_a_line_with_a_lone_surrogate_saves_the_timeline(tmp_path):
    path = tmp_path / "feed.jsonl"
    line = {"id": "s", "text": "On 3 May 2020 \ud800 the board met."}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(path), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    [document] = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["documents"]
    assert document["text"].count("\ufffd") == 1


def test_tag_timeml_read_back_as_gold_scores_our_tagger_one(tmp_path):
    lines = [
        {"id": "crlf", "text": "Talks began on Monday.\r\nThey ended on 4 May 2025.", "date": "2025-04-30"},
        {"id": "odd id/../<&>", "text": "Caf\u00e9 \U0001f600 since 2019;\tshut last week.\x0b Next month?"},
        {"id": "undated", "text": "It rained yesterday and on 2 January 2020, every Monday at 9 a.m."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    folder = tmp_path / "tagged"
    result = CliRunner().invoke(cli.main, ["tag", str(feed), "--format", "timeml", "-o", f"{folder}/"])
    assert result.exit_code == 0, result.output
    scored = CliRunner().invoke(cli.main, ["evaluate", str(folder), "--json"])
    assert scored.exit_code == 0, scored.output
    figures = json.loads(scored.stdout)["tagged"]
    assert figures["gold"] >= 8
    assert [figures[k] for k in ("strict_f1", "relaxed_f1", "value_f1", "type_f1")] == [1.0] * 4


def test_the_package_data_named_in_pyproject_exists():
    from pathlib import Path

    import tomllib

    root = Path(__file__).resolve().parent.parent
    declared = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for package, patterns in declared.items():
        for pattern in patterns:
            assert list((root / package).glob(pattern)), f"{package}/{pattern} is declared but absent"


def test_tag_reads_timeml_as_its_text_and_dct_so_offsets_are_the_golds(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.tml").write_text(_tml(
        '<TIMEX3 tid="t9" type="DATE" value="2020-01-05">Yesterday</TIMEX3> the <EVENT eid="e1">vote</EVENT>'
        " &amp; the count ended; it began on 3 May 2019."
    ).replace("<TimeML>", "<TimeML><DOCID>story-1</DOCID>"), encoding="utf-8")
    broken = _tml('On <TIMEX3 tid="t1" type="DATE" value="2020">2020</EVENT>.')
    (gold / "b.tml").write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(gold), "--format", "jsonl", "--text"])
    assert result.exit_code == 0, result.output
    [found] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (found["id"], found["dct"], found["date_source"]) == ("story-1", "2020-01-06", "metadata")
    assert found["text"] == "Yesterday the vote & the count ended; it began on 3 May 2019."
    assert [(t["start"], t["end"], t["value"]) for t in found["timexes"]] == [
        (0, 9, "2020-01-05"), (50, 60, "2019-05-03")
    ]
    assert "b.tml: line 3" in result.stderr and "mismatched tag" in result.stderr
    (gold / "b.tml").unlink()
    ours = tmp_path / "ours"
    tagged = CliRunner().invoke(cli.main, ["tag", str(gold), "--format", "timeml", "-o", f"{ours}/"])
    assert tagged.exit_code == 0, tagged.output
    assert [path.name for path in ours.iterdir()] == ["story-1.tml"]
    scored = json.loads(CliRunner().invoke(cli.main, ["evaluate", str(ours), "--json"]).stdout)["ours"]
    assert (scored["gold"], scored["strict_f1"]) == (2, 1.0)


def test_evaluate_on_a_parent_of_corpora_names_the_subfolders(tmp_path):
    for corpus in ("train", "test"):
        (tmp_path / corpus).mkdir()
        (tmp_path / corpus / "a.tml").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "2 of its subfolders hold some" in result.output
    assert f"timeline evaluate {tmp_path / 'test'} {tmp_path / 'train'}" in result.output


FEED_CASES = [
    # (id, JSON lines, warning expected on stderr)
    ("text-a-number", [{"id": "a", "text": 42}, {"id": "b", "text": "On 3 May 2020."}],
     'feed.jsonl:1: its "text" is a number, not a string'),
    ("text-an-array", [{"id": "a", "text": ["On 3 May 2020."]}, {"id": "b", "text": "On 3 May 2020."}],
     'feed.jsonl:1: its "text" is an array, not a string'),
    ("text-null", [{"id": "a", "text": None}, {"id": "b", "text": "On 3 May 2020."}],
     'feed.jsonl:1: its "text" is null, not a string'),
    ("repeated-id", [{"id": "a", "text": "On 3 May 2020."}, {"id": "a", "text": "On 4 May 2020."}],
     "feed.jsonl:2: document id 'a' is used by an earlier document too ("),
]


@pytest.mark.parametrize(("lines", "warning"), [c[1:] for c in FEED_CASES], ids=[c[0] for c in FEED_CASES])
def test_tag_warns_about_lines_a_researcher_would_misread(tmp_path, lines, warning):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert warning in result.stderr
    assert "3 May 2020" in result.stdout or "4 May 2020" in result.stdout


def _folder(path, files: dict[str, str]):
    path.mkdir()
    for name, page in files.items():
        (path / name).write_text(page, encoding="utf-8")
    return path


SYSTEM_GOLD = _tml('Rain on <TIMEX3 tid="t1" type="DATE" value="2020-01-02">2 January 2020</TIMEX3> and '
                   '<TIMEX3 tid="t2" type="DATE" value="2020-01-05">yesterday</TIMEX3>.')  # fmt: skip
SYSTEM_CASES = [
    # (id, the system's file, exit code, what the output holds)
    ("same-as-gold", SYSTEM_GOLD, 0, '"strict_f1": 1.0'),
    ("one-miss-one-wrong-value", _tml(
        'Rain on <TIMEX3 tid="t1" type="DATE" value="2020-01-03">2 January 2020</TIMEX3> and yesterday.'
    ), 0, '"kind": "missed"'),
    ("other-text", _tml("Snow on 2 January 2020 and yesterday."), 1, "its text differs"),
]


@pytest.mark.parametrize(("answer", "code", "shown"), [c[1:] for c in SYSTEM_CASES],
                         ids=[c[0] for c in SYSTEM_CASES])
def test_evaluate_system_scores_another_systems_timeml_without_tagging(tmp_path, answer, code, shown):
    gold = _folder(tmp_path / "gold", {"a.tml": SYSTEM_GOLD})
    system = _folder(tmp_path / "heideltime", {"a.tml": answer})
    args = ["evaluate", str(gold), "--system", str(system), "--errors", "--json"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == code, result.output
    assert shown in result.output


def test_evaluate_system_counts_exactly_what_the_system_file_holds(tmp_path):
    gold = _folder(tmp_path / "gold", {"a.tml": SYSTEM_GOLD})
    system = _folder(tmp_path / "sys", {"a.tml": _tml(
        'Rain on <TIMEX3 tid="t1" type="DATE" value="2020-01-03">2 January 2020</TIMEX3> and yesterday.'
    )})
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--system", str(system), "--json"])
    figures = json.loads(result.stdout)["gold"]
    assert (figures["gold"], figures["system"], figures["strict_precision"], figures["strict_recall"]) == (
        2, 1, 1.0, 0.5
    )
    assert figures["value_f1"] == 0.0


SYSTEM_MISUSE = [
    ("missing-file", ["{gold}", "--system", "{empty}"], 1, "no system file for a.tml"),
    ("two-gold-folders", ["{gold}", "{gold}", "--system", "{gold}"], 2, "--system scores one gold folder"),
    ("with-events", ["{gold}", "--events", "--system", "{gold}"], 2, "--system scores one gold folder"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in SYSTEM_MISUSE],
                         ids=[c[0] for c in SYSTEM_MISUSE])
def test_evaluate_system_misuse_is_one_line(tmp_path, args, code, message):
    where = {"gold": _folder(tmp_path / "gold", {"a.tml": SYSTEM_GOLD}), "empty": _folder(tmp_path / "e", {})}
    result = CliRunner().invoke(cli.main, ["evaluate", *[arg.format(**where) for arg in args]])
    assert result.exit_code == code and message in result.output, result.output


def test_evaluate_system_reads_timeml_without_a_text_element_as_heideltime_writes_it(tmp_path):
    gold = _folder(tmp_path / "gold", {"a.tml": SYSTEM_GOLD})
    written = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>Rain on '
        '<TIMEX3 tid="t1" type="DATE" value="2020-01-02">2 January 2020</TIMEX3> and yesterday.</TimeML>\n'
    )
    system = _folder(tmp_path / "heideltime", {"a.tml": written})
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["gold"]
    assert (figures["system"], figures["strict_precision"], figures["strict_recall"]) == (1, 1.0, 0.5)


def test_errors_of_several_gold_folders_say_which_folder_they_come_from(tmp_path):
    wrong = GOOD.replace('value="2020-01-02"', 'value="2021-01-02"')
    first = _folder(tmp_path / "first", {"a.tml": wrong})
    second = _folder(tmp_path / "second", {"a.tml": wrong, "b.tml": wrong})
    result = CliRunner().invoke(cli.main, ["evaluate", str(first), str(second), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "# first: 1 error", lines[1], "# second: 2 errors", lines[3]
    ] and lines[1].split("\t")[1] == "value"
    single = CliRunner().invoke(cli.main, ["evaluate", str(first), "--errors"])
    assert not single.stdout.startswith("#")


def test_tag_output_validates_against_schema_tagged(tmp_path):
    import jsonschema

    from timeline.models import Tagged

    lines = [{"id": "a", "text": "On 3 May 2020 it rained; the next day it snowed.", "date": "2020-05-10"},
             {"id": "b", "text": "Every Monday since 2019."}]  # fmt: skip
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    schema = json.loads(CliRunner().invoke(cli.main, ["schema", "--tagged"]).stdout)
    for flags in ([], ["--text"]):
        result = CliRunner().invoke(cli.main, ["tag", str(path), *flags])
        assert result.exit_code == 0, result.output
        for record in json.loads(result.stdout):
            jsonschema.validate(record, schema)
            assert Tagged.model_validate(record).model_dump(mode="json", exclude_none=True) == {
                **{k: v for k, v in record.items() if v is not None}
            }


def test_a_corpus_whose_docids_end_in_tml_tagged_again_pairs_with_its_gold(tmp_path):
    page = SYSTEM_GOLD.replace("<TimeML>", "<TimeML><DOCID>train_1.tml</DOCID>")
    gold = _folder(tmp_path / "gold", {"train_1.tml": page})
    ours = tmp_path / "ours"
    tagged = CliRunner().invoke(cli.main, ["tag", str(gold), "--format", "timeml", "-o", f"{ours}/"])
    assert tagged.exit_code == 0, tagged.output
    assert [path.name for path in ours.iterdir()] == ["train_1.tml"]
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--system", str(ours), "--json"])
    assert result.exit_code == 0, result.output
    direct = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--json"])
    assert json.loads(result.stdout) == json.loads(direct.stdout)


def test_tag_keeps_an_empty_document_as_a_record_without_expressions_and_extract_skips_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "text": "On 3 May 2020."}, {"id": "empty", "text": "  "},
             {"id": "c", "text": "In 2021."}]  # fmt: skip
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    (tmp_path / "blank.txt").write_bytes(b"\xef\xbb\xbf\r\n")
    blank = tmp_path / "blank.txt"
    result = CliRunner().invoke(cli.main, ["tag", str(feed), str(blank), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["id"], len(f["timexes"])) for f in found] == [("a", 1), ("empty", 0), ("c", 1), ("blank", 0)]
    assert "feed.jsonl:2: empty text, kept as a document without expressions" in result.stderr
    extracted = CliRunner().invoke(cli.main, ["extract", str(feed), "-o", str(tmp_path / "t.json")])
    assert "feed.jsonl:2: empty text, line skipped" in extracted.stderr
    saved = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in saved["documents"]] == ["a", "c"]
