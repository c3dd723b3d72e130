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
