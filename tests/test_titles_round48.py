"""Round 48: a gapped second part cut from its sentence at a comma or a semicolon gets its own event ("Smith
won the title in 2001, and Jones in 2003" -> "Jones won the title"), as the shape without a comma does; a
tally written with "to" stays whole in a cut title ("voted nine to one"), never "voted nine"; a noun after
a participle that modifies it ends a cut whole ("announced a sweeping plan"); a long restrictive relative
clause on the subject goes so that the main verb and its object fit ("Protesters who had gathered ...
demanded" -> "Protesters demanded"), and a past form with an object after its date is no passive participle
("in the city blocked on Monday the main road": not "The city was blocked"). Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.complete import complete
from timeline.passive_objects import takes_object
from timeline.relative_subjects import without_relative
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
     "The first expo was held in Peru in 2010, and the second in Chile in 2012.", "2012",
     "The second expo was held in Chile"),
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
    ("the object's head after a participle adjective, not a bare verb",
     "The regional transport authority of the greater metropolitan area announced on Monday a sweeping plan "
     "to overhaul the aging commuter rail network.", "Monday",
     "The regional transport authority announced a sweeping plan"),
    ("the infinitive's object after a participle adjective",
     "The European Commission of the Union on Wednesday asked the member states to submit detailed proposals "
     "for reducing their budget deficits by the end of next year.", "Wednesday",
     "The European Commission asked the member states to submit detailed proposals"),
    ("a relative clause on the subject goes; the verb after the date takes its object",
     "Dozens of farmers who had driven their tractors to the regional government offices in the city blocked "
     "on Monday the main road into the centre.", "Monday",
     "Dozens of farmers blocked the main road into the centre"),
    ("a relative clause on the subject goes before the main verb",
     "Several residents who had lived near the old chemical plant for many years in the valley criticised on "
     "Tuesday the slow pace of the clean-up operation.", "Tuesday",
     "Several residents criticised the slow pace of the clean-up operation"),
    ("the relative clause's own date keeps its event",
     "The two boys who were rescued from the flooded cave in the north of the country last week have been "
     "discharged from hospital, doctors said on Friday.", "last week",
     "The two boys were rescued from the flooded cave in the north of the country"),
    ("old wire copy's apostrophe written as a quotation mark",
     'Kuwait"s oil minister said on Sunday there were no plans for an emergency meeting of the group"s '
     "members.",
     "Sunday", "Kuwait's oil minister said there were no plans for an emergency meeting"),
    ("a quotation before a word keeps its marks", 'He said "yes" on Monday to the "best" offer.', "Monday",
     'He said "yes" to the "best" offer'),
    ("a short participle with its date is still a reduced clause",
     "The contract signed in 2003 was void, the court ruled.", "2003", "The contract was signed"),
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


# (title, the title without the relative clause on its subject, or None)
RELATIVES = [
    ("Fans who had waited for hours outside the stadium in the rain were finally let in shortly before the "
     "kick-off", "Fans were finally let in shortly before the kick-off"),
    # a past form before a preposition may be a participle: the clause stays
    ("The man who was arrested near the border crossing appeared in court charged with smuggling", None),
    ("Those who tried to go back to their farms in the valley were stopped by an army checkpoint", None),
    ("Denmark -- which withdrew its envoy in the spring -- said that the deal should be backed", None),
    ("Closing a three-day forum which opened in the port, the mayors signed a charter", None),
    ("Students who were among 140 members arrested after a demonstration had their detention extended",
     "Students had their detention extended"),
    ("Members who have already paid for the season will be able to claim a refund",
     "Members will be able to claim a refund"),
    ("The officials who oversee the talks between the two sides announced a new round", None),
]


@pytest.mark.parametrize(("title", "expected"), RELATIVES, ids=[t[:40] for t, _ in RELATIVES])
def test_without_relative(title: str, expected: str | None) -> None:
    assert without_relative(title) == expected


# (text, the past form, where its date ends, whether it takes an object there)
OBJECTS = [
    ("in the city blocked on Monday the main road", "blocked", len("in the city blocked on Monday"), True),
    ("the striker handed on Sunday a new contract", "handed", len("the striker handed on Sunday"), False),
    ("the drive launched this week, the mood", "launched", len("the drive launched this week"), False),
]


@pytest.mark.parametrize(("text", "verb", "at", "expected"), OBJECTS, ids=[t[0] for t in OBJECTS])
def test_takes_object(text: str, verb: str, at: int, expected: bool) -> None:
    assert takes_object(text, verb, at) is expected


def test_a_noun_after_a_participle_adjective_is_whole() -> None:
    assert complete("The authority announced a sweeping plan") is None
    assert complete("The ministers asked the states to submit detailed proposals") is None
    assert complete("The board approved") is not None
