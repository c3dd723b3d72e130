"""Round 47: an "it" after a teller takes the teller's whole noun phrase, never a capitalized modifier cut
from it ("The Scottish rowing federation said it wanted ..." -> "The Scottish rowing federation wanted
..."); a subject's "-ing" modifier next to its noun is no phrase to cut ("The Scottish | rowing
federation"); each date of a gapped clause gets its own words ("The museum opened in 1998 and the
library in 2004"), and a date in a second subject after "as did" the first part's predicate; a possessive
period ("Last year's edition was cancelled in July") names which thing, gives no event of its own and
stays in the title; a cut before the infinitive its verb's object waits for ("wanted the club | to
review"), or before the phrase of a participle after a noun ("gold bars made | of"), gives way to a whole
wording or keeps the object; "X said it ..." may be worded "X ...". Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import compress
from timeline.continuations import waits
from timeline.gapping import second_title
from timeline.possessive_dates import owns_thing
from timeline.teller_statements import teller_statement
from timeline.whole_names import whole_name

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("'it' takes the whole name of the federation",
     "The Scottish rowing federation said on Monday it wanted the government to pay for the repairs to the "
     "boathouses on the River Clyde.",
     "Monday", "The Scottish rowing federation wanted the government to pay for the repairs"),
    ("'it' takes the whole name of the board",
     "The Welsh boxing board said on Thursday it wanted the council to pay for the new lights at the arena "
     "in the centre of Cardiff.",
     "Thursday", "The Welsh boxing board wanted the council to pay for the new lights at the arena"),
    ("a subject's -ing modifier stays with its noun",
     "The Scottish rowing federation said on Monday it wanted to bring the European championships of 2027 "
     "to the new course at Strathclyde Park.",
     "2027", "The Scottish rowing federation wanted to bring the European championships"),
    ("gapped subject: the first date", "The museum opened in 1998 and the library in 2004.", "1998",
     "The museum opened"),
    ("gapped subject: the second date", "The museum opened in 1998 and the library in 2004.", "2004",
     "The library opened"),
    ("gapped passive agrees", "The bridge was closed in 2001 and the roads in 2003.", "2003",
     "The roads were closed"),
    ("gapped ordinal takes the noun", "The first fair was held in Oslo in 2011 and the second in Bergen in "
     "2013.", "2013", "The second fair was held in Bergen"),
    ("gapped figure", "Sales rose 5 percent in 2022 and 8 percent in 2023.", "2023", "Sales rose 8 percent"),
    ("gapped figure, the first date", "Sales rose 5 percent in 2022 and 8 percent in 2023.", "2022",
     "Sales rose 5 percent"),
    ("gapped figure with a percent sign", "Sales rose 5% in 2022 and 8% in 2023.", "2023", "Sales rose 8%"),
    ("gapped phrase", "Profits fell to 2 million dollars in the first quarter and to 1 million in the second "
     "quarter.", "the second quarter", "Profits fell to 1 million"),
    ("gapped object", "The band toured Japan in 1985 and Australia in 1987.", "1987",
     "The band toured Australia"),
    ("gapped named subject", "Smith won the title in 2001 and Jones in 2003.", "2003", "Jones won the title"),
    ("gapped subject after a verb with no object",
     "A new bridge opened to traffic in 2001 and a tunnel in 2005.", "2005", "A tunnel opened to traffic"),
    ("gapped with an attribution after it",
     "The drought began in 2019 and the floods in 2021, officials said.", "2021", "The floods began"),
    ("two verbs of one clause keep their own, as before",
     "The new speed limit was announced on Monday and takes effect in July.", "July",
     "The new speed limit takes effect"),
    ("a second subject after 'as did'",
     "Analysts said comments by the company at a meeting Tuesday helped fuel the rumors as did an "
     "announcement yesterday of job cuts.",
     "yesterday", "An announcement of job cuts helped fuel the rumors"),
    ("a long aside before the telling: the verb and its object, not the aside",
     "Jan Kowalski, brother of the murdered legendary resistance commander Piotr Kowalski, also said he "
     "expected the four parties locked in intensive talks for eight days would reach agreement on the new "
     "government later on Tuesday.",
     "Tuesday", "Jan Kowalski said he expected the four parties locked in intensive talks"),
    ("an object's phrase goes before its infinitive",
     "The harbour board on Friday called on the two fishing crews in the quarrel over mooring rights at "
     "the east quay to return to port and let the inspector settle the matter.",
     "Friday", "The harbour board called on the two fishing crews to return to port"),
    ("a possessive period stays in the title", "Last year's edition was cancelled in July.", "July",
     "Last year's edition was cancelled"),
    ("a possessive period: next season's", "Next season's kit will be presented on Tuesday.", "Tuesday",
     "Next season's kit will be presented"),
    # a cut never ends inside a tally or a range of counts ("voted 9 | to 1")
    ("a vote's tally stays whole",
     "The regional water authority's governing board voted 9 to 1 on Monday to keep its current ban on "
     "garden sprinklers in the city.",
     "Monday", "The regional water authority's governing board voted 9 to 1"),
    ("a range of counts stays whole",
     "Lopez and Kato, also of the new label, are to release three to five studio albums per year from "
     "2026 for the download store.",
     "2026", "Lopez and Kato are to release three to five studio albums per year"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_47(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, text, the date phrases that each give an event)
EVENTS = [
    ("a possessive period gives no event of its own", "Last year's edition was cancelled in July.", ["July"]),
    ("nor next season's", "Next season's kit will be presented on Tuesday.", ["Tuesday"]),
    ("a possessive period alone still dates its clause", "Last year's edition was cancelled.", ["Last year"]),
    ("a day's possessive dates its occurrence", "Friday's downgradings had been expected since March.",
     ["Friday", "March"]),
    ("a possessive period's occurrence keeps its date", "Last year's election was annulled in March.",
     ["Last year", "March"]),
]


@pytest.mark.parametrize(("text", "phrases"), [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS])
def test_possessive_dates_and_events(text: str, phrases: list[str]) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    assert sorted(e.evidence[0].timex.text for e in found.events) == sorted(phrases)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Scottish rowing federation said it", "The Scottish", "The Scottish rowing federation"),
    ("Microsoft said on Monday it", "Microsoft", "Microsoft"),
    ("The Scottish rowing federation and the city council said it", "The Scottish", None),
    ("The Scottish rowing federation, which runs the regatta, said it", "The Scottish", None),
])
def test_whole_name(text: str, name: str, expected: str | None) -> None:
    assert whole_name(name, text, len(name), text.rindex(" it")) == expected


@pytest.mark.parametrize(("text", "first", "second", "expected"), [
    ("Brazil beat Italy in 1970 and Germany in 2002.", "1970", "2002", None),  # subject or object?
    ("The museum opened in 1998 and then closed in 2004.", "1998", "2004", None),  # a verb: no gap
    ("Italy hosted the games in 1960 and Greece in 2004.", "1960", "2004", "Greece hosted the games"),
])
def test_second_title(text: str, first: str, second: str, expected: str | None) -> None:
    own = (text.index(second), text.index(second) + len(second))
    other = (text.index(first), text.index(first) + len(first))
    assert second_title(text, (0, len(text)), own, [other]) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Last year's edition was cancelled", "Last year", True),
    ("This season's kit is new", "This season", True),
    ("Tuesday's attack was condemned", "Tuesday", False),  # a day's: the attack happened then
    ("Last year's election was annulled", "Last year", False),  # an occurrence
    ("Last year the edition was cancelled", "Last year", False),  # no possessive
])
def test_owns_thing(text: str, date: str, expected: bool) -> None:
    assert owns_thing(text, 0, len(date)) is expected


# (title, what the clause goes on with, whether the cut waits for it)
WAITS = [
    ("The federation said it wanted the organisers of the regatta", " to review the rules", True),
    ("The mayor urged the council", " to act now", True),
    ("The party called for Greenland", " to be given a vote", True),
    ("The party called for international action", " to stop the war", False),  # a purpose, no party
    ("The union asked for help", " to rebuild the hall", False),  # a purpose, no object of "asked"
    ("The mint issued a series of silver coins made", " of pure silver", True),
    ("The minister opened a new bridge financed", " with European funds", True),
    ("Four people were hurt when a car bomb exploded", " in the market", False),  # a clause's own verb
    ("A driver was killed and two of his aides injured", " in the attack", False),  # a gapped verb
    ("The board left the rates unchanged", " at 2 percent", False),  # an adjective
]


@pytest.mark.parametrize(("title", "rest", "expected"), WAITS, ids=[w[0] for w in WAITS])
def test_a_cut_that_waits_for_what_follows(title: str, rest: str, expected: bool) -> None:
    assert waits(title, rest) is expected


@pytest.mark.parametrize(("form", "expected"), [
    ("The Welsh rowing federation said it wanted the council to pay",
     "The Welsh rowing federation wanted the council to pay"),
    ("The board said it would close the plant", "The board will close the plant"),
    ("The minister said it was a mistake", None),  # a person is no "it"
    ("Officials said it was a mistake", None),  # nor are people
    ("Police who arrived said they had found the car", None),  # a teller with a verb
])
def test_teller_statement(form: str, expected: str | None) -> None:
    assert teller_statement(form) == expected


@pytest.mark.parametrize(("form", "shorter", "expected"), [
    ("The council urged all candidates in the contested race to stay patient",
     "The council urged all candidates to stay patient", True),
    ("The mayor urged residents across the northern districts to boil their water",
     "The mayor urged residents to boil their water", True),
    ("The king asked the head of the security service to form a cabinet",
     "The king asked the head to form a cabinet", False),  # the "of" says who the head is
    ("The court ordered the firm in the first ruling to the appeal court",
     "The court ordered the firm to the appeal court", False),  # no infinitive
])
def test_the_head_of_an_object_before_its_infinitive(form: str, shorter: str, expected: bool) -> None:
    assert (shorter in compress.forms(form)) is expected
