"""Titles the date removal leaves waiting (round 26): the verb's particle or its date stays.

When removing the date phrase leaves a verb that needs it ("will last (until Friday)", "will be held (on
June 3)", "took place (on Sunday)", "set (May 14) for the next session") the date stays, when that makes
the title whole (timeline.complete says so). A phrasal verb keeps its particle ("was sworn in"). A verb
whose clause has another complement ("took place in Geneva") or that needs none ("The levee held") loses
its date as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.complete import complete
from timeline.date_complements import date_was_object, waits_for_date
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag
from timeline.title_ends import phrasal_end, trim_end

DCT = date(2025, 10, 22)

CASES = [
    ("a phrasal verb keeps its particle", "The new governor is expected to be sworn in on Monday.",
     "The new governor is expected to be sworn in"),
    ("a duration verb keeps its end date", "The official mourning period will last until Friday.",
     "The official mourning period will last until Friday"),
    ("a passive 'held' drops its date (round 37)", "The festival will be held on June 3.",
     "The festival will be held"),
    ("a passive 'set' drops its date, the month 'May' is no modal", "The hearing was set for May 5.",
     "The hearing was set"),
    ("'take place' drops its date (round 37)", "The second round of the vote will take place on Sunday.",
     "The second round of the vote will take place"),
    ("a verb left without its object keeps the date", "Coalition troops invaded in March 2003.",
     "Coalition troops invaded in March 2003"),
    ("the date was the verb's object", "The judge set May 14 for the next session.",
     "The judge set May 14 for the next session"),
    ("a date-free complement stays, the date goes", "The talks will take place in Geneva on Friday.",
     "The talks will take place in Geneva"),
    ("a verb that needs no complement loses the date", "The levee held on Tuesday.", "The levee held"),
    ("'in first place' is no 'take place'", "The team finished in first place on Sunday.",
     "The team finished in first place"),
    ("a date-free object stays, the date goes", "The company will hold its annual meeting on May 5.",
     "The company will hold its annual meeting"),
    ("a phrasal verb's date goes, its particle stays", "The rules will be phased in from January.",
     "The rules will be phased in"),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_keeps_what_the_verb_needs(sentence: str, expected: str) -> None:
    document = Document(id="d", text=sentence, date=DCT)
    titles = [event.title for event in extract(document, tag(sentence, dct=DCT))]
    assert titles == [expected]


ENDS = [
    ("a particle after its verb", "The new cabinet was sworn in", "The new cabinet was sworn in"),
    ("a particle then a loose preposition", "The roof caved in at", "The roof caved in"),
    ("a preposition after another verb", "The minister arrived in", "The minister arrived"),
    ("a preposition whose phrase is cut", "The minister spoke in", "The minister spoke"),
]


@pytest.mark.parametrize(("cut", "trimmed"), [c[1:] for c in ENDS], ids=[c[0] for c in ENDS])
def test_trim_end_keeps_a_particle(cut: str, trimmed: str) -> None:
    assert trim_end(cut) == trimmed
    assert complete(trimmed) is None
    assert phrasal_end(trimmed) == trimmed.endswith(" in")


WAITS = [
    ("'will last'", "The siege will last", True),
    ("passive 'held' is whole (round 37)", "The election will be held", False),
    ("active 'held' needs nothing", "The levee held", False),
    ("'took place' is whole (round 37)", "The blast took place", False),
    ("'will last' waits", "The mourning period will last", True),
    ("'first place'", "The team finished in first place", False),
    ("a whole title", "The talks ended", False),
]


@pytest.mark.parametrize(("title", "waits"), [c[1:] for c in WAITS], ids=[c[0] for c in WAITS])
def test_waits_for_date(title: str, waits: bool) -> None:
    assert waits_for_date(title) is waits


OBJECTS = [
    ("the date was the object", "The judge set for the next session",
     "The judge set May 14 for the next session", True),
    ("a passive has no object to lose", "The hearing was set for the next day",
     "The hearing was set for the next day on Monday", False),
    ("the object is there", "The court set bail for the suspect",
     "The court set bail for the suspect on May 2", False),
]


@pytest.mark.parametrize(("title", "dated", "was"), [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS])
def test_date_was_object(title: str, dated: str, was: bool) -> None:
    assert date_was_object(title, dated) is was
