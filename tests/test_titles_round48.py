"""Round 48: a gapped second part cut from its sentence at a comma or a semicolon gets its own event ("Smith
won the title in 2001, and Jones in 2003" -> "Jones won the title"), as the shape without a comma does; a
tally written with "to" stays whole in a cut title ("voted nine to one"), never "voted nine". Invented
sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.tallies import ends_on_tally
from timeline.title_ends import dangles

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("gapped subject after a comma", "Smith won the title in 2001, and Jones in 2003.", "2003",
     "Jones won the title"),
    ("gapped subject after a comma: the first date keeps its part",
     "Smith won the title in 2001, and Jones in 2003.", "2001", "Smith won the title"),
    ("gapped subject after a semicolon", "The old bridge closed in 2010; the tunnel in 2015.", "2015",
     "The tunnel closed"),
    ("gapped plain subject after a comma", "The museum opened in 1998, and the library in 2004.", "2004",
     "The library opened"),
    ("gapped object after a comma", "The band toured Japan in 1985, and Australia in 1987.", "1987",
     "The band toured Australia"),
    ("gapped ordinal and phrase after a comma",
     "The first summit was held in Thailand in 2004, and the second in Malaysia in 2005.", "2005",
     "The second summit was held in Malaysia"),
    ("gapped part after a statement's comma: the statement's subject",
     "Police said Smith won the title in 2001, and Jones in 2003.", "2003", "Jones won the title"),
    ("a demonstrative after the comma is a clause of its own",
     "Prices rose in May, and that hurt sales in June.", "June", "That hurt sales"),
    ("a tally in words stays whole",
     "The city council of the northern town of Fairhaven voted seven to two on Monday to close the main "
     "public library branch.", "Monday",
     "The city council of the northern town of Fairhaven voted seven to two"),
    ("a tally in words before 'against' stays whole",
     "The shareholders of the troubled mining company Northgate voted twelve to three last week against the "
     "proposed merger with its rival.", "last week",
     "The shareholders of the troubled mining company Northgate voted twelve to three"),
    ("a short tally in words stays whole",
     "The planning commission voted five to four on Thursday to approve the controversial waterfront tower "
     "project downtown.", "Thursday", "The planning commission voted five to four"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_48(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (title end, whether it ends on a tally)
TALLIES = [
    ("The board voted nine to one", True),
    ("The Senate voted fifty-one to forty-nine", True),
    ("The jury voted 11 to 1", True),
    ("The club hoped to win", False),
    ("Sales rose to 5", False),
    ("The firm wants to one day", False),
]


@pytest.mark.parametrize(("title", "expected"), TALLIES, ids=[t for t, _ in TALLIES])
def test_ends_on_tally(title: str, expected: bool) -> None:
    assert ends_on_tally(title) is expected


def test_a_tally_does_not_dangle_but_an_infinitive_does() -> None:
    assert not dangles("The planning commission voted five to four")
    assert dangles("The planning commission voted to approve")
