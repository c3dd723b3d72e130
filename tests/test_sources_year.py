"""A dateline without a year ("WELLINGTON, Dec 28 (Reuters) -"): it takes the year its metadata gives
("date": "2001", "December 2001"); else the document stays undated and a warning names the file and what
to give."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import sources
from timeline.dct import metadata_year

NO_YEAR = "WELLINGTON, Dec 28 (Reuters) - Fire crews arrived yesterday."


def read_all(path: Path):
    problems: list[sources.Problem] = []
    documents = list(sources.read([str(path)], on_problem=problems.append))
    return documents, [str(p) for p in problems]


# (case, JSON line's fields, the date and its source, a warning's words or None)
LINES = [
    ("year field", {"date": "2001"}, (dt.date(2001, 12, 28), "dateline"), None),
    ("year number", {"date": 2001}, (dt.date(2001, 12, 28), "dateline"), None),
    ("month field", {"date": "December 2001"}, (dt.date(2001, 12, 28), "dateline"), None),
    ("year-month field", {"date": "2001-12"}, (dt.date(2001, 12, 28), "dateline"), None),
    ("full date wins", {"date": "2001-12-27"}, (dt.date(2001, 12, 27), "metadata"), None),
    ("no date", {}, (None, "none"), "its dateline 'WELLINGTON, Dec 28 (Reuters)' gives a day but no year"),
    ("unreadable date", {"date": "soon"}, (None, "none"), "gives a day but no year"),
]


@pytest.mark.parametrize(("case", "fields", "dated", "warned"), LINES, ids=[c[0] for c in LINES])
def test_year_less_dateline_in_json_lines(tmp_path, case, fields, dated, warned):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": NO_YEAR, **fields}) + "\n", encoding="utf-8")
    documents, problems = read_all(path)
    assert (documents[0].date, documents[0].date_source) == dated
    said = [p for p in problems if "no year" in p]
    assert (warned is None and said == []) or (len(said) == 1 and warned in said[0])
    if said:  # names the line and what to give
        assert "feed.jsonl:1" in said[0] and '"date": "2001"' in said[0] and "--dct" in said[0]


def test_year_less_dateline_in_a_text_file_names_front_matter_and_folder(tmp_path):
    path = tmp_path / "wellington.txt"
    path.write_text(NO_YEAR, encoding="utf-8")
    documents, problems = read_all(path)
    assert documents[0].date is None
    assert len(problems) == 1 and "wellington.txt" in problems[0]
    assert "`date: 2001`" in problems[0] and "2001/" in problems[0]


def test_month_without_day_and_no_dateline_says_it(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "m", "date": "December 2001", "text": "Crews left."}) + "\n",
                    encoding="utf-8")
    documents, problems = read_all(path)
    assert documents[0].date is None
    assert problems == [f"{path}:1: its date 'December 2001' gives no day, and it has no dateline"]


YEARS = [("2001", 2001), (" 2001 ", 2001), ("Dec. 2001", 2001), ("2001-12", 2001), (2001, 2001),
         ("2001-12-28x", None), ("soon", None), (True, None), ("12/2001", None)]


@pytest.mark.parametrize(("value", "year"), YEARS, ids=[repr(v) for v, _ in YEARS])
def test_metadata_year(value, year):
    assert metadata_year(value) == year
