"""The TimeML writer and the `timeline tag` output formats."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest
from click.testing import CliRunner

import cli
from timeline.temporal import tag
from timeline.temporal.timeml import to_timeml

DCT = dt.date(2025, 10, 22)
TEXT = 'Profit rose 5% & more <b> in the third quarter; the board met on Monday.\nNext year: "better".'


def test_timeml_round_trips_the_text_and_anchors():
    document = to_timeml(TEXT, tag(TEXT, dct=DCT), dct=DCT, doc_id="d1")
    body = re.search(r"<TEXT>(.*)</TEXT>", document, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == TEXT
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-22"' in document
    assert (
        '<TIMEX3 tid="t1" type="DATE" value="2025-Q3" temporalFunction="true" anchorTimeID="t0">'
        "the third quarter</TIMEX3>" in document
    )
    assert "&amp; more &lt;b&gt;" in document


def test_timeml_without_a_document_date_has_no_dct():
    document = to_timeml("It closed in 1998.", tag("It closed in 1998."))
    assert "<DCT>" not in document
    assert '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>' in document


@pytest.fixture
def documents(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "text": "  It rose  last week.\n", "date": "2025-10-22"},
        {"id": "b", "text": "It fell in 1998."},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_tag_jsonl_offsets_slice_the_untouched_text(documents):
    result = CliRunner().invoke(cli.main, ["tag", str(documents), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    texts = {"a": "  It rose  last week.\n", "b": "It fell in 1998."}
    assert [line["id"] for line in lines] == ["a", "b"]
    assert [line["dct"] for line in lines] == ["2025-10-22", None]
    for line in lines:
        for timex in line["timexes"]:
            assert texts[line["id"]][timex["start"] : timex["end"]] == timex["text"]
    assert lines[0]["timexes"][0] == {
        "tid": "t1",
        "start": 11,
        "end": 20,
        "text": "last week",
        "type": "DATE",
        "value": "2025-W42",
        "anchor": "dct",
    }


def test_tag_timeml_format(documents):
    result = CliRunner().invoke(cli.main, ["tag", str(documents), "--format", "timeml"])
    assert result.exit_code == 0, result.output
    assert result.output.count("<TimeML>") == 2
    assert '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>' in result.output
