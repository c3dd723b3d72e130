"""A date chained from an earlier one is the date most often wrong: it scores under the other dates.

On TimeBank a chained date ("a day later", "that quarter") is right 67% of the time against 89% for one
counted from the publication date, and a state or a speculation does not make a date wrong (the
confidence is about the date, not the kind of clause). So a chained date scores under a deictic one
whatever that one's clause tells: a state, a figure, speculation or a negation.
"""

import pytest

from tests.test_events import run

# (id, sentence, date phrase, fields of the expression): invented, dated from the publication date.
DEICTIC_WEAKENED = [
    ("state", "The harbour was quiet on Monday.", "on Monday"),
    ("figure", "Arrivals were 4,120 on Monday.", "on Monday"),
    ("speculation", "The strike could spread on Monday.", "on Monday"),
    ("negation", "The council did not meet on Monday.", "on Monday"),
]
# Invented sentences whose date is chained from an earlier one (anchor "t1"), each with a verb.
CHAINED = [
    ("a day later", "The ferry sailed a day later.", "a day later"),
    ("that quarter", "The mill hired 40 welders that quarter.", "that quarter"),
    ("the next morning", "Divers found the wreck the next morning.", "the next morning"),
]


def _score(text: str, phrase: str, **fields) -> float:
    events = run(text, [(phrase, "DATE", "2018-05-14", fields)])
    assert len(events) == 1, events
    return events[0].confidence


@pytest.mark.parametrize(("chained", "chained_phrase"), [row[1:] for row in CHAINED],
                         ids=[row[0] for row in CHAINED])
@pytest.mark.parametrize(("deictic", "deictic_phrase"), [row[1:] for row in DEICTIC_WEAKENED],
                         ids=[row[0] for row in DEICTIC_WEAKENED])
def test_a_chained_date_scores_under_a_weakened_deictic_one(chained, chained_phrase, deictic, deictic_phrase):
    assert _score(chained, chained_phrase, anchor="t1") < _score(deictic, deictic_phrase, anchor="dct")


@pytest.mark.parametrize(("text", "phrase"), [row[1:] for row in CHAINED], ids=[row[0] for row in CHAINED])
def test_a_chained_date_with_a_verb_stays_above_half(text, phrase):
    assert 0.5 <= _score(text, phrase, anchor="t1") < 0.6
