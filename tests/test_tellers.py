"""Tests for tellers.py: where the statement starts after a teller whose saying is not the news."""

from __future__ import annotations

import pytest

from timeline.tellers import statement_start

# (clause, its date phrase or "", the statement's first words or None, the teller)
CASES = [
    ("Police said on Friday a bomb exploded near the station.", "Friday", "a bomb exploded", "Police"),
    ("It was reported that the talks had failed.", "", "the talks had", ""),
    ("A spokesman for the firm, Jan Berg, told reporters the plant would close.", "", "the plant would",
     "A spokesman for the firm, Jan Berg,"),
    ("The club said the new stadium opened last week.", "", "the new stadium", "The club"),
    ("The mayor said he would resign.", "", None, ""),  # "he" needs the teller
    ("Officials said the plan was unfair.", "", None, ""),  # an opinion: the saying is the news
    ("Acme announced in May that it would close the plant.", "May", None, ""),  # an announcement is news
    ("The river flooded the valley.", "", None, ""),  # no telling
]


@pytest.mark.parametrize(("clause", "date", "statement", "teller"), CASES, ids=[c[0][:40] for c in CASES])
def test_statement_start(clause: str, date: str, statement: str | None, teller: str) -> None:
    phrases = [(clause.index(date), clause.index(date) + len(date))] if date else []
    found = statement_start(clause, (0, len(clause)), phrases)
    if statement is None:
        assert found is None
    else:
        assert found is not None
        assert clause[found[0] :].startswith(statement)
        assert found[1] == teller
