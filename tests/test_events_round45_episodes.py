"""Round 45 (session 22, the anchored events AQUAINT misses, invented): a story's undated first sentence, its
lead, goes on with the episode of its first dated sentence when that comes soon after and is news of the
document date; a sentence whose only date makes no
event ("up from Wednesday's close") lets an episode of the last days go on; a sentence goes on with an
episode only through a finite past verb, not a participle ("Officials involved in the search remain
hopeful"), and a sentence past only through participles leaves the episode open for the next one.

Each extract row is a text and, for each of its events, its date value and the sentences it gained as
evidence.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.finite_past import finite_past
from timeline.models import Document
from timeline.temporal import tag

D = date(1999, 3, 12)  # a Friday


def _continued(text: str) -> list[tuple[str, list[str]]]:
    """Return each event's date value and the undated sentences that went on with it."""
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    return [(e.when.value, [ev.text for ev in e.evidence if ev.timex is None]) for e in events]


# (id, text, for each event: its date value and the undated sentences that went on with it)
LEAD_CASES = [
    ("a past lead tells the first dated episode",
     "Floods cut off the valley town. The army flew in food on Thursday.",
     [("1999-03-11", ["Floods cut off the valley town."])]),
    ("a lead may come a sentence before its episode",
     "Floods cut off the valley. Rain fell for a week. The army flew in food on Thursday.",
     [("1999-03-11", ["Floods cut off the valley."])]),
    ("a lead too far from the first date tells nothing of it",
     "Floods cut off the valley. Rain fell for a week. Roads washed away. The army flew in food on Thursday.",
     [("1999-03-11", [])]),
    ("a dateline is no lead",
     "LONDON (AP) _\nFloods cut off the valley town. The army flew in food on Thursday.",
     [("1999-03-11", ["Floods cut off the valley town."])]),
    ("a headline is no lead",
     "Army Flies In Food To Valley\nFloods cut off the valley town. The army flew in food on Thursday.",
     [("1999-03-11", ["Floods cut off the valley town."])]),
    ("a present lead tells today",
     "The valley town is cut off by floods. The army flew in food on Thursday.",
     [("1999-03-11", [])]),
    ("a lead tells no old episode",
     "The two bakers built a fine shop. They opened it in 1983.",
     [("1983", [])]),
    ("a lead tells no episode still to come",
     "Floods cut off the valley town, the mayor said. The army will fly in food on Monday.",
     [("1999-03-15", [])]),
]

NO_EVENT_DATE_CASES = [
    ("a compared date goes on with the day's episode",
     "Shares rose on Thursday. The index closed at 1,200, up from Wednesday's close of 1,150. "
     "Traders cheered the gains.",
     [("1999-03-11", ["The index closed at 1,200, up from Wednesday's close of 1,150.",
                      "Traders cheered the gains."])]),
    ("a poll ahead of a coming vote goes on with the day's episode",
     "Voters went to the polls on Thursday. Opinion polls ahead of Sunday's runoff gave the mayor a lead. "
     "She thanked her supporters.",
     [("1999-03-11", ["Opinion polls ahead of Sunday's runoff gave the mayor a lead.",
                      "She thanked her supporters."])]),
    ("a date without an event stops an old episode",
     "Shares rose in 1990. The index closed at 1,200, up from Wednesday's close of 1,150. "
     "Traders cheered the gains.",
     [("1990", [])]),
]

PARTICIPLE_CASES = [
    ("a participle after a noun narrates nothing, the episode stays open",
     "The ferry sank on Thursday. Officials involved in the search for the missing crew remain hopeful. "
     "Divers searched the wreck.",
     [("1999-03-11", ["Divers searched the wreck."])]),
    ("a participle after a modal narrates nothing",
     "The ferry sank on Thursday. Survivors could be airlifted home soon. "
     "The captain said the engine failed.",
     [("1999-03-11", ["The captain said the engine failed."])]),
    ("a participle before its agent narrates nothing",
     "The ferry sank on Thursday. The vessel, owned by a family firm, carries freight and cars. "
     "The captain said the engine failed.",
     [("1999-03-11", ["The captain said the engine failed."])]),
    ("a perfect of an infinitive narrates nothing",
     "The ferry sank on Thursday. The search for the crew appears to have stalled.",
     [("1999-03-11", [])]),
    ("a past passive narrates",
     "The ferry sank on Thursday. The crew was rescued by fishermen.",
     [("1999-03-11", ["The crew was rescued by fishermen."])]),
    ("a present perfect passive narrates",
     "The ferry sank on Thursday. The port has been closed by the coast guard.",
     [("1999-03-11", ["The port has been closed by the coast guard."])]),
    ("a fall by an amount narrates",
     "The ferry sank on Thursday. Shares in its owner fell by 3 percent.",
     [("1999-03-11", ["Shares in its owner fell by 3 percent."])]),
]


EPISODE_CASES = LEAD_CASES + NO_EVENT_DATE_CASES + PARTICIPLE_CASES


@pytest.mark.parametrize("text, expected", [c[1:] for c in EPISODE_CASES], ids=[c[0] for c in EPISODE_CASES])
def test_episode_goes_on(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _continued(text) == expected


# (id, sentence, whether a finite past verb narrates it)
FINITE_CASES = [
    ("a plain past", "Divers searched the wreck.", True),
    ("an irregular past", "The river rose by a foot.", True),
    ("a past of be", "The whereabouts of the last 4 hikers were unclear.", True),
    ("a present perfect", "Several workers have been injured.", True),
    ("a telling by telephone", "He said by telephone that he was safe.", True),
    ("an object after a mostly-participle", "The plan involved closing two schools.", True),
    ("a participle after a noun", "Troops involved in the raid remain on alert.", False),
    ("a participle after a present be, past the head", "The cost of the new bridge over the river is "
     "estimated at a million dollars.", False),
    ("an adjective after an article", "Aid for the impoverished region of the north arrives.", False),
    ("an infinitive", "The rebels want to split the country.", False),
    ("a passive after a modal", "Her transfer must be signed by the board.", False),
    ("an adverb between", "The two leaders of the rival parties are widely expected to sign.", False),
    ("a participle before its agent", "A coalition backed by the army runs the country.", False),
    ("a perfect of a modal", "The storm could have flooded the town.", False),
    ("no past at all", "The talks go on.", False),
]


@pytest.mark.parametrize("sentence, expected", [c[1:] for c in FINITE_CASES],
                         ids=[c[0] for c in FINITE_CASES])
def test_finite_past(sentence: str, expected: bool) -> None:
    assert finite_past(sentence) is expected
