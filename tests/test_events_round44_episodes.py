"""Round 44 (session 22, the anchored events AQUAINT misses, invented): an undated sentence goes on with the
episode before it when it tells in the past whatever the tense of what it tells ("The mayor said she is
pleased", "The river is rising, officials said"), when it is a quotation opened with two apostrophes, or
when it lies inside a quotation its paragraph opened and closes; a present telling or quotation after an
episode older than a few days is news of the document date, not of that episode; after a sentence with
several dated events, the next one goes on with the latest of them that is not still to come (the ruling,
not the deadline it set).

Each row is a text and, for each of its events, its date value and the sentences it gained as evidence.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.episodes import in_quotation
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(1999, 3, 12)  # a Friday

# (id, text, for each event: its date value and the undated sentences that went on with it)
CASES = [
    ("a past telling of a present state goes on",
     "The council approved the budget on Tuesday. The mayor said she is pleased with the vote.",
     [("1999-03-09", ["The mayor said she is pleased with the vote."])]),
    ("a telling in a relative clause is not the sentence's verb",
     "The council approved the budget on Tuesday. The man who said he is a witness is missing.",
     [("1999-03-09", [])]),
    ("a present auxiliary before the telling verb tells the present",
     "The council approved the budget on Tuesday. The plan is said to cost millions.",
     [("1999-03-09", [])]),
    ("an attribution told in the past ends a sentence about now",
     "The ferry sank on Thursday. The river is still rising, officials said.",
     [("1999-03-11", ["The river is still rising, officials said."])]),
    ("an attribution in the present tells no episode",
     "The ferry sank on Thursday. The river is still rising, officials say.",
     [("1999-03-11", [])]),
    ("a warning about now goes on with yesterday's episode",
     "The ferry sank on Thursday. Officials warned that the river is still rising.",
     [("1999-03-11", ["Officials warned that the river is still rising."])]),
    ("two apostrophes open a quotation",
     "Floodwaters reached the town hall on Wednesday. ''We are doing all we can,'' the mayor said.",
     [("1999-03-10", ["''We are doing all we can,'' the mayor said."])]),
    ("the rest of a quotation its paragraph opened goes on",
     "The mayor spoke on Wednesday. ``We were lucky. The levee is strong and it is holding,'' she said.",
     [("1999-03-10", ["``We were lucky.", "The levee is strong and it is holding,'' she said."])]),
    ("a quotation the paragraph never closes is not read",
     'The mayor spoke on Wednesday. "We were lucky. The levee is strong and it is holding.',
     [("1999-03-10", ['"We were lucky.'])]),
    ("a present quotation after an old episode is today's news",
     "The two bakers met in 1983. ``We are still friends,'' she said.",
     [("1983", [])]),
    ("a past sentence after an old episode still goes on",
     "The two bakers met in 1983. They opened a shop together.",
     [("1983", ["They opened a shop together."])]),
    ("a present quotation after yesterday's episode goes on",
     "The bakery burned down on Thursday. ``We will rebuild,'' the owner said.",
     [("1999-03-11", ["``We will rebuild,'' the owner said."])]),
    ("the ruling goes on, not the deadline it set",
     "The court ruled on Wednesday that the boy must leave by March 20. The ruling set off protests.",
     [("1999-03-10", ["The ruling set off protests."]), ("1999-03-20", [])]),
    ("the reopening goes on, not the closing it recalls",
     "The museum reopened on Tuesday, four years after a fire closed it in 1995. Crowds lined up outside.",
     [("1999-03-09", ["Crowds lined up outside."]), ("1995", [])]),
    ("the condemnation goes on, not the bombing it condemns",
     "The council on Thursday condemned the bombing of the consulate on Monday. It also sent condolences "
     "to the families.",
     [("1999-03-11", ["It also sent condolences to the families."]), ("1999-03-08", [])]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_episode_goes_on(text: str, expected: list[tuple[str, list[str]]]) -> None:
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    got = [(e.when.value, [ev.text for ev in e.evidence if ev.timex is None]) for e in events]
    assert got == expected


# (id, text, where in it, inside a quotation the line opens before and closes after)
QUOTATIONS = [
    ("backticks opened, apostrophes close after", "``We won. We are glad,'' she said.", 9, True),
    ("backticks closed before", "``We won,'' she said. They left.", 22, False),
    ("apostrophes for both, one open", "''We won. We are glad,'' she said.", 9, True),
    ("straight quotes, one open and closed after", '"We won. We are glad," she said.', 8, True),
    ("straight quote opened, never closed", '"We won. We are glad.', 8, False),
    ("curly quotes, one open", "“We won. We are glad,” she said.", 8, True),
    ("a quotation of an earlier line", '"We won.\nWe are glad," she said.', 9, False),
]


@pytest.mark.parametrize("text, position, inside", [c[1:] for c in QUOTATIONS],
                         ids=[c[0] for c in QUOTATIONS])
def test_in_quotation(text: str, position: int, inside: bool) -> None:
    assert in_quotation(text, position) is inside
