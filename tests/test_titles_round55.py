"""Round 55: a clause after "but", "while", "whereas" or "yet" with a subject of its own is another event. The
title of a date in the first clause ends before it ("The index slid 2 percent"), a date in the second clause
takes the second clause ("Traders pushed it up 1 percent"). "Not only ... but also", a "but" inside a
quotation and two predicates of one subject ("rose but then fell") stay one title. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

# (id, text, the date phrase of the event, its title)
CASES = [
    ("but with a bare plural subject",
     "The index slid 2 percent on Monday but traders pushed the index up 1 percent.", "Monday",
     "The index slid 2 percent"),
    ("the date in the clause after but",
     "The index slid 2 percent but traders pushed it up 1 percent on Tuesday.", "Tuesday",
     "Traders pushed it up 1 percent"),
    ("while with a subject of its own",
     "The ferry left the harbour on Friday, while the cargo ship stayed at anchor.", "Friday",
     "The ferry left the harbour"),
    ("whereas with a bare plural subject",
     "Wheat prices climbed 3 percent on Monday whereas corn prices fell sharply.", "Monday",
     "Wheat prices climbed 3 percent"),
    ("yet after a comma",
     "The club signed a new goalkeeper in June, yet the coach still wanted a striker.", "June",
     "The club signed a new goalkeeper"),
    ("but with a pronoun subject after the dated clause",
     "The minister resigned in May but he remained in parliament.", "May", "The minister resigned"),
    ("each clause its own date",
     "Rebels seized the town on Sunday but government troops recaptured it a day later.", "a day later",
     "Government troops recaptured it"),
    ("a date in a clause past the second clause's own date",
     "Sales dipped on Monday but buyers lifted them a day later as they awaited a tax cut on May 1.", "May 1",
     "A tax was cut"),
    ("two predicates of one subject stay", "Shares rose on Monday but then fell sharply.", "Monday",
     "Shares rose but fell sharply"),
    ("not only but also stays", "Not only the mayor but also her deputy resigned on Monday.", "Monday",
     "Not only the mayor but also her deputy resigned"),
    ("but inside a quotation stays", 'The mayor said on Monday "we tried hard but the money ran out".',
     "Monday", "We tried hard but the money ran out"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contrast_clause_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]
