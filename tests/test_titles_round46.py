"""Round 46: a title never ends on a verb whose complement was cut or removed, and two events of one
subject each keep their own verb. A date that completes "take" or "run" stays ("Repairs will take until
the end of March"); a title that the removed date leaves dangling keeps it when that makes it whole; a cut
never ends on an approximation ("roughly") or a verb of naming ("labeled"); a subject shared by participles
in a list or after "and last" gives each its own ("The bridge was built" / "The bridge was last repaired"), a
participle in -n ("written") lends its auxiliary, and "and has since grown" is no part of the dated event.
Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.date_complements import waits_for_date
from timeline.participles import participle
from timeline.shorten import fit
from timeline.title_ends import dangles

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("'take' keeps the date that completes it",
     "Repairs to the old harbour wall will take until the end of March, the council said on Monday.",
     "the end of March", "Repairs to the old harbour wall will take until the end of March"),
    ("'run' keeps the date that completes it",
     "Officials said on Tuesday that the hearings will run through the second week of June.",
     "the second week of June", "The hearings will run through the second week of June"),
    ("a place to take keeps no date",
     "The referendum on the new constitution will take place on Sunday.",
     "Sunday", "The referendum on the new constitution will take place"),
    ("a cut never ends on 'roughly'",
     "The company said on Thursday that the restructuring of its three European plants would cost roughly "
     "120 million dollars.",
     "Thursday", "The restructuring will cost roughly 120 million dollars"),
    ("'and last repaired': the first participle",
     "The bridge was built in 1931 and last repaired in 2002.", "1931", "The bridge was built"),
    ("'and last repaired': the second participle keeps 'last'",
     "The bridge was built in 1931 and last repaired in 2002.", "2002", "The bridge was last repaired"),
    ("participles in a list, each with its date",
     "The stadium was completed in 1964, expanded in 1992 and sold in 2010.", "1992",
     "The stadium was expanded"),
    ("past verbs in a list, each with its date",
     "The company opened its first store in 1998, moved to Boston in 2005 and went public in 2012.", "1998",
     "The company opened its first store"),
    ("a participle in -n lends its auxiliary",
     "Her first novel was written in 1961 and published in 1963.", "1963", "Her first novel was published"),
    ("an adverb before the first participle",
     "The senator was first elected in 1994 and re-elected in 2000.", "2000", "The senator was re-elected"),
    ("'and has since grown' is no part of the dated event",
     "The festival was founded in the early 1970s and has since grown into a three-day event.",
     "the early 1970s", "The festival was founded"),
    ("a comparison after a comma is no second predicate",
     "Retail volumes rose at a monthly rate of 0.8 percent in the third quarter, compared to 0.5 percent "
     "over the spring.",
     "the third quarter", "Retail volumes rose at a monthly rate of 0.8 percent"),
    ("a participle of the object after a comma is no second predicate",
     "The council set up a planning office in 2003, backed by two ministries, to deal with the floods.",
     "2003", "The council set up a planning office to deal with the floods"),
    ("a grant of time keeps its date",
     "Both clubs were fined on Monday and given until 6 p.m. on Friday to appeal against the decision.",
     "6 p.m. on Friday", "Both clubs were given until 6 p.m. on Friday to appeal against the decision"),
    ("a gift to a noun keeps no date",
     "The old furniture was given to charity in May.", "May", "The old furniture was given to charity"),
    ("an announced plan of its own: the plan's date titles the plan",
     "The ministry announced on Friday it will start loading fuel into the new reactor next Saturday.",
     "next Saturday", "The ministry will start loading fuel into the new reactor"),
    ("an announced plan of its own: the announcement's date titles the announcement",
     "The ministry announced on Friday it will start loading fuel into the new reactor next Saturday.",
     "Friday", "The ministry announced it will start loading fuel into the new reactor"),
    ("a 'But' before the teller",
     "But the agency announced Monday it would close the northern depot on July 1.",
     "July 1", "The agency will close the northern depot"),
    ("a firm's name after 'But' stands for 'it'",
     "But Norcorp announced Friday it will start loading fuel into the new reactor next Saturday.",
     "next Saturday", "Norcorp will start loading fuel into the new reactor"),
    ("two past verbs, each with its date, as before",
     "The bakery opened in 1998 and closed in 2019.", "2019", "The bakery closed"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_46(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 5, 15))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


@pytest.mark.parametrize(("title", "expected"), [
    ("Repairs will take", True),  # (until the end of March)
    ("The hearings would run", True),  # (until May 4)
    ("The festival ran", False),  # whole: (March 3-5) is the timeline's
    ("The vote will take place", False),  # whole without its date
    ("The bakery opened", False),
])
def test_a_title_that_waits_for_its_date(title: str, expected: bool) -> None:
    assert waits_for_date(title) is expected


@pytest.mark.parametrize(("title", "expected"), [
    ("The refit will cost roughly", True),
    ("Exports fell nearly", True),
    ("The groups were labeled", True),
    ("The square had become", True),
    ("Exports fell sharply", False),
    ("The groups were banned", False),
])
def test_a_cut_that_dangles(title: str, expected: bool) -> None:
    assert dangles(title) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("written", True), ("repaired", True), ("sold", True), ("hundred", False), ("garden", False),
])
def test_a_past_participle(word: str, expected: bool) -> None:
    assert participle(word) is expected


@pytest.mark.parametrize(("title", "expected"), [
    # a cut may not split the clause an affirming verb opens: the statement stands alone instead
    ("The minister reiterated that the long-delayed review of the regional rail network would be published",
     "The long-delayed review of the regional rail network would be published"),
    ("The club acknowledged that the planned sale of its training ground to a developer had been cancelled",
     "The planned sale of its training ground to a developer had been cancelled"),
])
def test_an_affirmed_statement_is_not_split(title: str, expected: str) -> None:
    assert fit(title) == expected

