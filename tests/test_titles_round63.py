"""Round 63: a title starts at its subject when a front phrase that only sets the scene opens the sentence
("Angered by the delay, the growers blocked the road" -> "The growers blocked the road"); a place or a time
alone before the subject stays. A date noun's article and adjectives go with it ("met on a (last day) of
talks" is no "met on an of talks"), and a bound after a negation stays ("will not open until 2030").
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import date_holes, front_phrases

# (id, text, the date phrase of the event, its title)
CASES = [
    ("a past participle phrase", "Stung by the price cut, grocers closed their doors on Monday.", "Monday",
     "Grocers closed their doors"),
    ("a present participle phrase", "Using a borrowed crane, the crew lifted the bell on Friday.", "Friday",
     "The crew lifted the bell"),
    ("a concession", "Despite the fog, two ferries left Pellmouth on Sunday.", "Sunday",
     "Two ferries left Pellmouth"),
    ("a place with an apposition", "At the Orvik fair, the largest in the valley, sales doubled on Saturday.",
     "Saturday", "Sales doubled"),
    ("a place alone stays", "In Orvik, the growers blocked the road on Tuesday.", "Tuesday",
     "The growers blocked the road in Orvik"),
    # "on a last day of ..." is no date since tagger round 54 ("a last day" is a final one): nothing to cut
    ("a date noun's article goes", "The envoys met on an early morning in Tolna.", "early morning",
     "The envoys met in Tolna"),
    ("a date noun's adjective goes", "Crowds lined the quay on a grey morning in May 2021.", "May 2021",
     "Crowds lined the quay"),
    ("a bound after a negation stays", "The new ferry will not sail until 2031.", "2031",
     "The new ferry will not sail until 2031"),
    ("a past negation is the happening", "The guard did not open the gate until noon.", "noon",
     "The guard opened the gate"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round63_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title from its subject)
SCENE_CASES = [
    ("an irregular participle", "Hit by the frost, growers lost their crop", "Growers lost their crop"),
    ("a question the clause answers: kept", "Asked about the fares, the mayor said buses would run",
     "Asked about the fares, the mayor said buses would run"),
    ("a cause", "Due to the storm, the match was called off", "The match was called off"),
    ("no subject before the verb: kept", "Angered by the delay, said the mayor", "Angered by the delay, said "
     "the mayor"),
    ("a noun in -ing heads the subject: kept", "Spending on roads, the main item, rose sharply",
     "Spending on roads, the main item, rose sharply"),
    ("a name in -en: kept", "Sweden at the games, a strong side, won gold", "Sweden at the games, a strong "
     "side, won gold"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in SCENE_CASES], ids=[c[0] for c in SCENE_CASES])
def test_without_scene(title: str, expected: str) -> None:
    assert front_phrases.without_scene(title) == expected


# (id, words before a date, the date, where its lead starts or None)
HOLE_CASES = [
    ("article before a date with its own word", "met on a ", "last day", 4),
    ("adjective before a bare date noun", "voted on a cold ", "morning", 6),
    ("a whole noun phrase before the date: none", "seen in the press ", "last week", None),
    ("a name: none", "met on a ", "March 3", None),
]


@pytest.mark.parametrize(("before", "date", "expected"), [c[1:] for c in HOLE_CASES],
                         ids=[c[0] for c in HOLE_CASES])
def test_noun_lead(before: str, date: str, expected: int | None) -> None:
    assert date_holes.noun_lead(before, date) == expected


# (id, words before a date, whether the date is a bound the negation needs)
BOUND_CASES = [
    ("a plan's bound", "the line will not open until ", True),
    ("before after a negation", "results are not expected before ", True),
    ("a past negation the title tells as done", "she did not resign until ", False),
    ("no negation", "talks lasted until ", False),
]


@pytest.mark.parametrize(("before", "expected"), [c[1:] for c in BOUND_CASES],
                         ids=[c[0] for c in BOUND_CASES])
def test_negated_bound(before: str, expected: bool) -> None:
    assert date_holes.negated_bound(before) is expected
