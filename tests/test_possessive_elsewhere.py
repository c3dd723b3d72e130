"""A possessive date whose noun is a subject or an object the title leaves out dates no event of that title;
one after a preposition names the occasion of the title's happening and dates it, and so does one whose
noun the title keeps."""

import datetime as dt

import pytest

from timeline.models import Document
from timeline.pipeline import events_of

# (id, text, the possessive date, whether an event is dated by it)
CASES = [
    ("the subject of a reported clause",
     "Officers would not reveal the clue but said last week's find of a glove was a turning point.",
     "last week", False),
    ("the subject after saying",
     "The ministry issued a long statement on its website saying Sunday's referendum \"contradicts the "
     "country's sovereignty and its territorial integrity.\"", "Sunday", False),
    ("the object in a relative clause",
     "The Lakeside Rowers coach said it was good to be back with a win, whose crew missed last year's "
     "regatta in Lyon due to flooding.", "last year", False),
    ("the object of a participle",
     "Speaker Ana Lind, describing Monday's session as an ice breaker, said the leaders would meet again "
     "soon.", "Monday", False),
    ("after in: the occasion", "The Greens won control of the council in Tuesday's local elections.",
     "Tuesday", True),
    ("after at: the occasion", "Twelve clubs launched the new league at Saturday's meeting, he said.",
     "Saturday", True),
    ("the title keeps the noun", "Tuesday's blast killed three workers at the plant.", "Tuesday", True),
    ("the title keeps the noun of a participle",
     "Ana Lind leads the main coalition contesting Thursday's election.", "Thursday", True),
]


@pytest.mark.parametrize("text, phrase, dated", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_possessive_date_dates_its_own_noun(text, phrase, dated):
    events = events_of(Document(id="d", text=text, date=dt.date(2024, 5, 8)))
    assert any(e.evidence[0].timex.text == phrase for e in events) is dated
