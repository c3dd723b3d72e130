"""Round 58: openers that answer the sentence before go ("Undaunted,", "On another front,", "In those
areas,"); a possessed description before a name set off by commas gives way to the name; "took the step of
V-ing" is the past of V; two dates of one verb ("twice, first in 1990 against A and again in 1995 against
B") each keep their own phrase; a long relative clause on the subject goes before the predicate is cut,
also when its verb is a present in -s; a noun in -ly ("assembly") is no adverb that makes a subject a
clause; a cut that kept a long subject's verb alone gives way to the subject's head and the predicate;
a "who" clause after two full names is on the nearest unless it says something of both. Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import openers
from timeline.shorten import fit

# (id, text, the date phrase of the event, its title)
CASES = [
    # openers
    ("an attitude participle opener", "Unbowed, the rowers set out again on Monday.", "Monday",
     "The rowers set out again"),
    ("another front", "On another front, rebels shelled the airport on Tuesday.", "Tuesday",
     "Rebels shelled the airport"),
    ("an adverb of linking", "Notably, exports of grain rose in May.", "May", "Exports of grain rose"),
    ("a demonstrative front phrase", "In those districts, rents climbed by 4 percent in 2021.", "2021",
     "Rents climbed by 4 percent"),
    ("a place front phrase stays", "In Lisbon, rents climbed by 4 percent in 2021.", "2021",
     "Rents climbed by 4 percent in Lisbon"),
    ("a hedge stays", "Reportedly, the singer left the band in March.", "March",
     "Reportedly, the singer left the band"),
    # a description before a name
    ("a possessed role gives way to the name", "Meanwhile, the bank's treasurer, Omar Diallo, resigned on "
     "Friday.", "Friday", "Omar Diallo resigned"),
    ("a pronoun's role gives way to the name", "Its founder, Lena Brandt, stepped down in June.", "June",
     "Lena Brandt stepped down"),
    ("an unowned role that fits stays", "The head of the museum, Lena Brandt, stepped down in June.", "June",
     "The head of the museum, Lena Brandt, stepped down"),
    ("two names keep their description", "The pair, Tom and Eva Berg, was released on Friday.", "Friday",
     "The pair, Tom and Eva Berg, was released"),
    # a role or a description the story gave one name
    ("a role given a name never told alone", "Track cyclist Mia Sorel won her heat easily. The track cyclist "
     "set a record on Sunday.", "Sunday", "Mia Sorel set a record"),
    ("a firm's description after its name", "Kestrel, the Danish shipping concern, bought a yard in 2006. "
     "The Danish shipping concern sold the yard in March.", "March", "Kestrel sold the yard"),
    ("a firm's description before its name", "Danish shipping concern Kestrel bought a yard in 2006. The "
     "Danish shipping concern sold the yard in March.", "March", "Kestrel sold the yard"),
    ("two firms given the description", "Kestrel, a Danish shipping concern, and Brant, a rival Danish "
     "shipping concern, met in May. The Danish shipping concern sold the yard in June.", "June",
     "The Danish shipping concern sold the yard"),
    ("a bare noun gives no description", "Halvard Bank cut rates in May. The central bank raised its rate "
     "on Friday.", "Friday", "The central bank raised its rate"),
    # took the step of
    ("took the step of", "The ferry company took the rare step of cancelling all crossings on Sunday.",
     "Sunday", "The ferry company cancelled all crossings"),
    ("took the step of, date first", "On Monday the league took the step of suspending the coach.", "Monday",
     "The league suspended the coach"),
    ("was to take the step of", "The council was to take the bold step of opening its archive to the public "
     "on Friday.", "Friday", "The council was to open its archive to the public"),
    # a long relative clause on the subject
    ("a relative clause with a present verb goes",
     "A beetle which bores into the bark of young spruces in upland valleys is spreading fast across Norway "
     "and Sweden, a report published Tuesday says.", "Tuesday",
     "A beetle is spreading fast across Norway and Sweden"),
    ("a short relative clause stays", "A beetle which bores into spruces is spreading in Norway, a report "
     "published Tuesday says.", "Tuesday", "A beetle which bores into spruces is spreading in Norway"),
    # two dates of one verb, each with a phrase of its own
    ("the first of two times with its phrase", "The club won the cup twice, first in 1990 against Leeds and "
     "again in 1995 against Hull.", "1990", "The club won the cup against Leeds"),
    ("the second of two times with its phrase", "The club won the cup twice, first in 1990 against Leeds and "
     "again in 1995 against Hull.", "1995", "The club won the cup again against Hull"),
    ("no count, a phrase each", "The band topped the charts in 2001 with a ballad and again in 2004 with a "
     "duet.", "2001", "The band topped the charts with a ballad"),
    # a long subject gives the predicate room when the cut kept the verb alone
    ("a particle the cut left out", "The deputy minister of fisheries of the regional government of the "
     "coast on Friday ruled out new quotas for trawlers.", "Friday",
     "The deputy minister of fisheries ruled out new quotas for trawlers"),  # round 61: its "of" fits
    ("an object the cut left out", "The regional water board of the eastern districts of the country called "
     "off on Monday a planned rise in fees.", "Monday",
     "The regional water board called off a planned rise in fees"),
    ("a whole title keeps its subject", "The first relief convoys of food and blankets arrived on Tuesday in "
     "the hills, officials said.", "Tuesday", "The first relief convoys of food and blankets arrived in the "
     "hills"),
    # a "who" clause after two full names
    ("the nearest of two names", "Rivals Tom Hale and Ivo Rank, who won the cup in 2018, finished fourth and "
     "fifth on Sunday.", "2018", "Ivo Rank won the cup"),
    ("a clause on both stays on both", "Ana Holm and Eva Lind, who founded the studio together in 1995, sold "
     "it on Monday.", "1995", "Ana Holm and Eva Lind founded the studio together"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round58_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, without its opener)
OPENER_CASES = [
    ("for its part", "For its part, the union rejected the offer", "the union rejected the offer"),
    ("in other news", "In other news, the zoo bought two pandas", "the zoo bought two pandas"),
    ("a month's name is no adverb", "July, August and September were dry",
     "July, August and September were dry"),
    ("no clause after", "Especially, the poor", "Especially, the poor"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in OPENER_CASES],
                         ids=[c[0] for c in OPENER_CASES])
def test_without_opener(title: str, expected: str) -> None:
    assert openers.without_opener(title) == expected


# (id, clause over the limit, its fitted title)
FIT_CASES = [
    ("a noun in -ly in the subject",
     "The council of the regional assembly of the western districts voted to approve a budget drawn up by "
     "the treasury", "The council voted to approve a budget drawn up by the treasury"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_subject(title: str, expected: str) -> None:
    assert fit(title) == expected
