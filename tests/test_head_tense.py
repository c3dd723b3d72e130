"""The tense of a sentence's head (timeline.head_tense), and what it lets go on with an episode: a general
statement in the present, or a perfect after an old episode, gains no evidence; a date in a relative clause
of background opens no episode, unless the next sentence counts from it. All sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.head_tense import head_tense
from timeline.models import Document
from timeline.temporal import tag

# (id, sentence, its head's tense)
TENSE_CASES = [
    ("a past verb", "The ferry left the harbour at dawn.", "past"),
    ("a state in the present", "The island counts 900 people.", "present"),
    ("has with an object", "It also has a clinic run by nuns, which opened last spring.", "present"),
    ("a perfect", "The council has closed the bridge after engineers found cracks.", "perfect"),
    ("a perfect past an adverb", "The mayor has however agreed to wait.", "perfect"),
    ("an apposition's participle is no head",
     "Ravenmoor, a town founded by miners, counts two schools.", "present"),
    ("a relative clause's past is no head", "The museum, which opened in 1990, owns 40 old maps.", "present"),
    ("a relative clause's perfect is no head", "The club, which has 300 members, lost its ground.", "past"),
    ("a verb after 'that' is a relative's", "Crews that have worked all night reached the pass.", "past"),
    ("an apposition holding a relative", "Ana Ruiz, a judge who is new to the court, ruled on it.", "past"),
    ("a name after a role", "A port spokesman, Leo Marsh, blamed the fog, a common hazard there.", "past"),
    ("an adjective in -ing is no participle phrase",
     "In Dunmore, the market town, outgoing mayor Ida Platt is hoping for a second term.", "present"),
    ("a noun in -s after a quantifier", "So many lives were lost.", "past"),
    ("a telling at the end heads", "The plant has 900 workers, its manager told a radio station.", "past"),
    ("a quoted verb is no head", 'Police suspect the owner of "planned arson" at the mill.', "present"),
    ("a modal", "The ban could be lifted.", "other"),
]


@pytest.mark.parametrize(("sentence", "tense"), [c[1:] for c in TENSE_CASES], ids=[c[0] for c in TENSE_CASES])
def test_head_tense(sentence: str, tense: str) -> None:
    assert head_tense(sentence) == tense


D = date(2010, 6, 11)  # a Friday


def _continued(text: str) -> list[tuple[str, list[str]]]:
    """Return each event's date value and the undated sentences that went on with it."""
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    return [(e.when.value, [ev.text for ev in e.evidence if ev.timex is None]) for e in events]


# (id, text, for each event: its date value and the undated sentences that went on with it)
EPISODE_CASES = [
    ("a past sentence goes on",
     "The ferry ran aground on Thursday. Divers inspected the hull.",
     [("2010-06-10", ["Divers inspected the hull."])]),
    ("a general statement in the present does not",
     "The mayor opened a library on Wednesday. The town, a port founded by whalers, counts 4,000 people.",
     [("2010-06-09", [])]),
    ("nor does one past only in its relative clause",
     "The mayor opened a library on Wednesday. It also has a reading room, which was paid for by a bank.",
     [("2010-06-09", [])]),
    ("a present sentence ends the episode for the next",
     "Voters rejected the plan in 1998. The town now hopes for a vote, after rivals forced a delay. "
     "Turnout rose to 60 percent.",
     [("1998", [])]),
    ("a perfect goes on with an episode of the last days",
     "The river burst its banks on Wednesday. Hundreds of homes have been flooded.",
     [("2010-06-09", ["Hundreds of homes have been flooded."])]),
    ("a perfect tells the present, not an old episode",
     "The two towns signed a water pact in 1987. The drought has strained it.",
     [("1987", [])]),
    ("a perfect counted from the episode goes on",
     "The county opened its first shelter in 1987. Since then, 40 more have been built.",
     [("1987", ["Since then, 40 more have been built."])]),
    ("a date in a relative clause of background opens no episode",
     "Lena Brandt, who won the race in 2008, came second in Oslo. Her rival finished third.",
     [("2008", [])]),
    ("the main clause's own date goes on",
     "Lena Brandt, who won the race in 2008, came second on Thursday. Her rival finished third.",
     [("2008", []), ("2010-06-10", ["Her rival finished third."])]),
    ("the last time of it is background",
     "The last time the river flooded was in 1998. Engineers raised the levee.",
     [("1998", [])]),
    ("background counted from goes on",
     "The fund, which began in 1950, lists ten names. Since then, 300 people have been helped.",
     [("1950", ["Since then, 300 people have been helped."])]),
    ("a relative clause of the last days is the news",
     "The shares, which were suspended on Wednesday, fell 5 percent. Traders sold them all day.",
     [("2010-06-09", ["Traders sold them all day."])]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in EPISODE_CASES], ids=[c[0] for c in EPISODE_CASES]
)
def test_goes_on(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _continued(text) == expected
