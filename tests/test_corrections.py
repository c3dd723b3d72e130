"""Corrected articles: a correction notice is no event; the corrected figure wins over the superseded one."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import pipeline, textmeta
from timeline.models import Document

# (id, text, a correction notice?)
NOTICE_CASES = [
    ("correction label", "Correction: An earlier figure for the walkout was wrong.", True),
    ("dated label in bold", "The board met.\n**Correction (Nov. 5):** The vote was 7-2.", True),
    ("label with a dash", "CORRECTION — The meeting is on Tuesday.", True),
    ("earlier version", "An earlier version of this article misstated the number of workers.", True),
    ("previous version of a story", "A previous version of this story gave the wrong date.", True),
    ("story corrected", "This story has been corrected to show that 1,200 workers walked out.", True),
    ("article was amended", "This article was amended to give the mayor's full name.", True),
    ("corrections officers", "Corrections officers said: the inmates were moved on Monday.", False),
    ("a correction in the news", "The agency issued a correction to its figures on Monday.", False),
    ("corrected figures", "The corrected figures were released on Tuesday.", False),
    ("an earlier version of a bill", "An earlier version of the bill passed the House in May.", False),
]


@pytest.mark.parametrize(("text", "notice"), [c[1:] for c in NOTICE_CASES], ids=[c[0] for c in NOTICE_CASES])
def test_correction_notice(text, notice):
    assert textmeta.corrected(text) is notice


def _doc(id: str, day: int, text: str) -> Document:
    return Document(id=id, title="Port strike", date=dt.date(2026, 11, day), text=text)


WALKOUT = "Port strike\n\nSome {} dockworkers walked off the job on Monday, the union said."
NOTICE = ("Correction: An earlier version of this article misstated the number of dockworkers who walked off "
          "the job on Monday.")
CORRECTED = _doc("courier", 4, WALKOUT.format("1,200") + "\n\n" + NOTICE)
CORRECTED_FIRST = _doc("ledger", 4, "Port strike\n\nThis story has been corrected to show that 1,200 "
                       "dockworkers walked off the job on Monday.\n\nSome 1,200 dockworkers walked off "
                       "the job on Monday.")
RERUN = _doc("times", 5, WALKOUT.format("1,400"))  # another outlet re-running the first version a day later
UNCORRECTED = _doc("courier", 4, WALKOUT.format("1,200"))

# (id, documents, the titles of the merged timeline's events)
MERGE_CASES = [
    ("the corrected copy wins over a later re-run", [CORRECTED, RERUN],
     ["Some 1,200 dockworkers walked off the job"]),
    ("read in the other order", [RERUN, CORRECTED], ["Some 1,200 dockworkers walked off the job"]),
    ("a notice first in the article is no title", [CORRECTED_FIRST, RERUN],
     ["Some 1,200 dockworkers walked off the job"]),
    ("no notice: the newest copy wins, as before", [UNCORRECTED, RERUN],
     ["Some 1,400 dockworkers walked off the job"]),
]


@pytest.mark.parametrize(("documents", "titles"), [c[1:] for c in MERGE_CASES],
                         ids=[c[0] for c in MERGE_CASES])
def test_the_corrected_figure_wins(documents, titles):
    timeline = pipeline.extract_documents(documents)
    assert [e.title for e in timeline.events] == titles
    assert {e.document for e in timeline.events[0].evidence} == {d.id for d in documents}
    notices = [e for e in timeline.events[0].evidence if textmeta.corrected(e.text)]
    assert notices == [], "a correction notice is no evidence of the event"
