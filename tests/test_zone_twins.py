"""A time told again in another zone, in parentheses right after it, dates nothing (zone_twins.py)."""

import datetime as dt

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2025, 10, 25)

# (id, invented sentence, the dates of its events, each by the phrase that dates it)
CASES = [
    ("a clock time and its GMT twin", "The tremor hit at 2:35 p.m. (0535 GMT), officials said.",
     ["2:35 p.m."]),
    ("the twin falls on the next day", "The minister will speak at 8:00 pm Sunday (0100 GMT Monday).",
     ["8:00 pm Sunday"]),
    ("the twin first in its clause's dates", "At 3 p.m. (0600 GMT), the rupee stood at 83 to the dollar.",
     ["3 p.m."]),
    # the day's event is the hour's, on that day (clock_days): one event
    ("a day after the twin still dates", "The fire started at about 11:20 a.m. (0820 GMT) Friday.",
     ["11:20 a.m."]),
    ("a zone time alone dates its clause", "Polls close at 1500 GMT across the country.", ["1500 GMT"]),
    ("a parenthesis that is no time", "The bus left at 6 a.m. (two hours late) and arrived at noon.",
     ["6 a.m.", "noon"]),
    ("a parenthesis that names the zone only",
     "The last ferry leaves at 11 p.m. (local time) and docks at 1 a.m.", ["11 p.m.", "1 a.m."]),
]


def _phrases(sentence: str) -> list[str]:
    found = events.extract(Document(id="d", text=sentence, date=DCT), tag(sentence, dct=DCT))
    return [e.evidence[0].timex.text for e in found]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_zone_twin_dates_nothing(sentence, expected):
    assert _phrases(sentence) == expected
