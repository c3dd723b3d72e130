"""Round 63: a title starts at its subject when a front phrase that only sets the scene opens the sentence
("Angered by the delay, the growers blocked the road" -> "The growers blocked the road"); a place or a time
alone before the subject stays. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import front_phrases

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
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round63_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title from its subject)
SCENE_CASES = [
    ("an irregular participle", "Hit by the frost, growers lost their crop", "Growers lost their crop"),
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
