"""Titles of round 33: when the clause does not fit whole, the shortest whole headline it contains.

A cut title that leaves a phrase open ("in the run-up | (to ...)", "after winning a contract | (to ...)")
gives way to the structural title of timeline.structural: subject, verb group and complement, cut only
where an adjunct begins. A clause whose cut `choose` finds no whole wording for takes it too.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.candidates import choose
from timeline.events import extract
from timeline.models import Document
from timeline.structural import open_cut, shortest_whole, without_front
from timeline.temporal import tag

DCT = date(2025, 10, 22)

# (id, sentence, date value, expected title)
CASES = [
    ("a front adverb goes and the infinitive stays",
     "Currently, the licence of the ferry operator on the northern island route is due to expire on March 3 "
     "after two and a half years of service.",
     "2026-03-03", "The licence of the ferry operator on the northern island route is due to expire"),
    ("a contract that waits for its infinitive goes with it",
     "The coastal ferry company made its name in Scandinavia on Monday after winning a contract to run four "
     "night routes between the islands and the mainland.",
     "2025-10-20", "The coastal ferry company made its name in Scandinavia"),
    ("a whole cut before an adjunct stays",
     "The national football squad will be based at a lakeside hotel in Austria next year during the "
     "finals in Madrid and the friendlies before them.",
     "2026", "The national football squad will be based at a lakeside hotel in Austria"),
]


def _titles(sentence: str) -> dict[str, str]:
    document = Document(id="d", text=sentence, date=DCT)
    return {event.when.value: event.title for event in extract(document, tag(sentence, dct=DCT))}


@pytest.mark.parametrize(("sentence", "value", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_is_shortest_whole_headline(sentence: str, value: str, expected: str) -> None:
    title = _titles(sentence).get(value)
    assert title == expected
    assert len(title) <= 80


# (id, clause, its main verb, the structural title or None)
STRUCTURAL = [
    ("an adjunct clause goes", "Polling in the three districts began but in the face of delays the board "
     "extended the vote until the evening of the next day", "began", "Polling in the three districts began"),
    ("a passive verb loses its agent", "The opening of the ferry line was postponed by the need to inspect "
     "hulls built by yards on the coast", "was", "The opening of the ferry line was postponed"),
    ("a verb keeps its complement", "Mendez needs at least 40 percent of the ballots and a lead of eight "
     "points over the runner-up", "needs", None),
    ("a noun of change keeps its phrase", "The farm sector contributed 9,500, caused by the jump in harvest "
     "work as the autumn nears", "contributed", "The farm sector contributed 9,500"),
    ("an aside before the main verb is no predicate", "Nine poachers, also charged with assault and arson, "
     "have been jailed in the northern districts of the region", "charged", None),
]


@pytest.mark.parametrize(("form", "verb", "expected"), [c[1:] for c in STRUCTURAL],
                         ids=[c[0] for c in STRUCTURAL])
def test_shortest_whole(form: str, verb: str, expected: str | None) -> None:
    assert shortest_whole([(form, form.index(f" {verb} ") + 1)]) == expected


# (id, clause, a cut title of it, whether the cut leaves a phrase open)
OPEN = [
    ("a noun waiting for 'to'", "The team will stay in a hotel in the run-up to the finals in Madrid",
     "The team will stay in a hotel in the run-up", True),
    ("a noun waiting for 'of'", "The gauge follows the combined results of 25 banks based in the region",
     "The gauge follows the combined results", True),
    ("a cut inside a noun phrase", "The gauge follows the results of family-owned banks based in Porto",
     "The gauge follows the results of family-owned", True),
    ("a purpose after a name", "Israel has occupied a zone in south Lebanon to protect its northern border",
     "Israel has occupied a zone in south Lebanon", False),
    ("an adjunct after the cut", "The talks ended in Geneva after three days of bargaining over the tariffs",
     "The talks ended in Geneva", False),
    ("a comma after the cut", "The rand was quoted at 18 to the dollar, up from 17 late on the day before",
     "The rand was quoted at 18 to the dollar", False),
    ("a subject and its aside cut from the verb",
     "The council said that a new ferry service, as yet unnamed, will start in the spring",
     "The council said that a new ferry service, as yet unnamed", True),
    ("an infinitive cut from its complement", "The index rose 44 points to close at 4,979 in thin trading",
     "The index rose 44 points to close", True),
    ("a purpose after a time", "The envoys will stay on in the capital for a long time to watch the vote",
     "The envoys will stay on in the capital for a long time", False),
]


@pytest.mark.parametrize(("whole", "title", "is_open"), [c[1:] for c in OPEN], ids=[c[0] for c in OPEN])
def test_open_cut(whole: str, title: str, is_open: bool) -> None:
    assert whole.startswith(title)
    assert open_cut(whole, len(title)) is is_open


FRONTS = [
    ("a front adverb", "Currently, the mandate is due to end in May", "The mandate is due to end in May"),
    ("a front subordinate clause", "While a compromise was reached, Russia could not agree on a text",
     "Russia could not agree on a text"),
    ("no front phrase", "The mandate is due to end in May", None),
]


@pytest.mark.parametrize(("form", "expected"), [c[1:] for c in FRONTS], ids=[c[0] for c in FRONTS])
def test_without_front(form: str, expected: str | None) -> None:
    assert without_front(form) == expected


def test_choose_takes_the_structural_title_for_an_open_cut() -> None:
    whole = ("The orchestra will stay at a lakeside lodge in Norway in the run-up to next spring's tour of "
             "Chile and Peru")
    fitted = "The orchestra will stay at a lakeside lodge in Norway in the run-up"
    assert choose(whole, fitted) == "The orchestra will stay at a lakeside lodge in Norway"
