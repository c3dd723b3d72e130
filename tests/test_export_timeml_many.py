"""TimeML export of a timeline of many documents: each document's dating phrases gathered in one pass over
the events (a pass a document took a minute for 2,000), and `-o file` refused before any work."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import timelines
from timeline import export_timeml
from timeline.errors import InputError
from timeline.models import Document, Timeline

# (id, documents, events a document): which document's phrases go into which file
CASES = [("one", 1, 3), ("three", 3, 2), ("many", 40, 3)]


def _timeline(documents: int, each: int) -> Timeline:
    docs, events = [], []
    for d in range(documents):
        days = [dt.date(2025, 3, 1) + dt.timedelta(days=d + k) for k in range(each)]
        text = " ".join(f"The board of district {d} met on {day:%d %B %Y}." for day in days)
        doc = Document(id=f"d{d:03d}", text=text, date=days[-1], date_source="metadata")
        docs.append(doc)
        events += [timelines.stated(doc, f"{day:%d %B %Y}", day.isoformat()) for day in days]
    return Timeline(documents=docs, events=events[::-1])  # the events in another order than the documents


@pytest.mark.parametrize(("documents", "each"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_document_gets_its_own_dating_phrases(documents: int, each: int) -> None:
    written = export_timeml.timeml_documents(_timeline(documents, each))
    assert sorted(written) == [f"d{d:03d}" for d in range(documents)]
    for d, text in enumerate(written[f"d{d:03d}"] for d in range(documents)):
        assert text.count("<TIMEX3 tid=\"t") - text.count('functionInDocument="CREATION_TIME"') == each
        assert f"{dt.date(2025, 3, 1) + dt.timedelta(days=d):%d %B %Y}</TIMEX3>" in text


def test_one_file_for_many_documents_is_refused_before_the_work(monkeypatch) -> None:
    def work(*args, **kwargs):
        raise AssertionError("the TimeML of every document was written before the refusal")

    monkeypatch.setattr(export_timeml, "timeml_documents", work)
    with pytest.raises(InputError, match="this timeline has 40: give a folder"):
        export_timeml.to_timeml(_timeline(40, 1))
