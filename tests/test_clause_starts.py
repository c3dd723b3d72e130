"""A description starts at its clause's own start, and a title at its date's hedge (clause_titles.py,
date_leads.py)."""

import datetime as dt

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2026, 3, 4)

# (id, invented sentence, the (title, description) of each event)
CASES = [
    ("a clause after ', and'", "The dam failed on Monday, and a levee gave way on Tuesday.",
     [("The dam failed", "The dam failed on Monday"), ("A levee gave way", "A levee gave way on Tuesday.")]),
    ("a clause after 'but'", "Ticket sales rose in May but the tour was cancelled in June.",
     [("Ticket sales rose", "Ticket sales rose in May but the tour was cancelled in June."),
      ("The tour was cancelled", "Ticket sales rose in May but the tour was cancelled in June.")]),
    ("the first clause keeps its words", "And then the ferry sank on Friday.",
     [("The ferry sank", "And then the ferry sank on Friday.")]),
    ("'either' goes with the alternative", "The barge capsized either Monday or Tuesday.",
     [("The barge capsized", "The barge capsized either Monday or Tuesday.")]),
    ("'on either' too", "The barge capsized on either Monday or Tuesday.",
     [("The barge capsized", "The barge capsized on either Monday or Tuesday.")]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clause_starts(sentence, expected):
    found = events.extract(Document(id="d", text=sentence, date=DCT), tag(sentence, dct=DCT))
    assert [(e.title, e.description) for e in found] == expected
