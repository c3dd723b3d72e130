"""The TimeML writer and the `timeline tag` output formats."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

import cli
from timeline.temporal import tag
from timeline.temporal.timeml import file_name, to_timeml

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


def test_tag_timeml_of_several_documents_goes_into_a_folder(documents, tmp_path):
    folder = tmp_path / "tagged"
    result = CliRunner().invoke(cli.main, ["tag", str(documents), "--format", "timeml", "-o", f"{folder}/"])
    assert result.exit_code == 0, result.output
    files = sorted(folder.iterdir())
    assert [path.name for path in files] == ["a.tml", "b.tml"]
    for path in files:
        ElementTree.parse(path)  # each file is one well-formed XML document
    assert '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>' in (folder / "b.tml").read_text()


@pytest.mark.parametrize("output", ["-", "one.tml"], ids=["stdout", "a file"])
def test_tag_timeml_refuses_several_documents_in_one_stream(documents, tmp_path, output, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["tag", str(documents), "--format", "timeml", "-o", output])
    assert result.exit_code == 1
    assert "<TimeML>" not in result.output
    assert "give a folder" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "one.tml").exists()


def test_tag_timeml_of_one_document_is_well_formed_even_with_control_characters(tmp_path):
    path = tmp_path / "one.jsonl"
    row = {"id": "x<1>", "text": "It fell\x0b in 1998.\r\nIt rose\x01 on Monday."}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--format", "timeml", "--dct", "2025-10-22"])
    assert result.exit_code == 0, result.output
    root = ElementTree.fromstring(result.output.encode())
    assert "".join(root.find("TEXT").itertext()) == "It fell  in 1998.\r\nIt rose  on Monday."


@pytest.mark.parametrize(
    ("ids", "names"),
    [
        (["a", "b"], ["a.tml", "b.tml"]),
        (["news/a 1.txt", "news/a 1.txt"], ["news_a_1.txt.tml", "news_a_1.txt-2.tml"]),
        (["A", "a"], ["A.tml", "a-2.tml"]),
        (["..", ""], ["document.tml", "document-2.tml"]),
        (["train_9.tml", "train_9", "x.TML"], ["train_9.tml", "train_9-2.tml", "x.tml"]),
    ],
    ids=["plain", "path and duplicate", "case", "empty", "a TimeML DOCID keeps one suffix"],
)
def test_file_names_are_distinct_and_portable(ids, names):
    taken: set[str] = set()
    assert [file_name(doc_id, taken) for doc_id in ids] == names


def test_tag_writes_json_to_a_file(documents, tmp_path):
    target = tmp_path / "out.json"
    result = CliRunner().invoke(cli.main, ["tag", str(documents), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert [record["id"] for record in json.loads(target.read_text())] == ["a", "b"]
