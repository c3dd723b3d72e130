"""Tests for host_dates.py: a date belongs to its host verb, the subject it sits in, or the noun it names.

Invented sentences in the shapes of news: a date of another clause than the title's, a date that only names
which thing, a date in the subject of a state. Each case says which dates stay events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.host_dates import in_stated_subject, sets_time, untold_host
from timeline.models import Document, TimeExpression
from timeline.temporal import tag

D = date(2024, 3, 6)  # a Wednesday


def _values(text: str) -> set[str]:
    document = Document(id="t", text=text, date=D)
    return {event.when.value for event in extract(document, tag(text, dct=D))}


# (id, text, a value that stays an event or None, a value that dates nothing)
CASES = [
    ("a date of the title's verb stays",
     "The festival ends at noon on March 9.", "2024-03-09T12:00", None),
    ("a 'when' clause shares its time",
     "The council voted to close the road when it met on Monday.", "2024-03-04", None),
    ("an auxiliary before the title's verb",
     "The driver did not report to the station until Monday afternoon.", "2024-03-04TAF", None),
    ("a year that names which budget",
     "The 2025 budget gives more money to schools.", None, "2025"),
    ("a year that names which study",
     "Droughts could make fires far more common, a 2019 study warned.", None, "2019"),
    ("a modifier in a phrase of the clause's time",
     "In his Easter Sunday sermon, the bishop spoke of the floods.", "2024-03-31", None),
    ("a happening's noun keeps its date",
     "Turnout is expected to be high in the March 17 regional election.", "2024-03-17", None),
    ("a possessive date in a state's subject",
     "Last week's strong export figures appeared to show steady demand.", None, "2024-W09"),
    ("a date in the subject of a possibility",
     "The blast on Monday could deepen the crisis in the region.", None, "2024-03-04"),
    ("a possessive date in a happening's subject stays",
     "Yesterday's storm destroyed 20 homes.", "2024-03-05", None),
    ("a passive happening stays",
     "The fair this week is hosted by the city council.", "2024-W10", None),
]


@pytest.mark.parametrize(("text", "stays", "goes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_which_dates_stay(text: str, stays: str | None, goes: str | None) -> None:
    values = _values(text)
    if stays is not None:
        assert stays in values
    if goes is not None:
        assert goes not in values


def _timex(text: str, phrase: str, value: str = "2024") -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(text=phrase, start=start, end=start + len(phrase), type="DATE", value=value)


# (text, title, date phrase, whether the date is another verb's)
HOSTS = [
    ("Sales fell after the plant closed in June.", "Sales fell", "June", True),
    ("Sales fell after the plant closed in June.", "Sales fell after the plant closed", "June", False),
    ("Shares fell on Friday, as did bonds on Monday.", "Shares fell", "Monday", False),  # a main verb's
    ("Shares fell on Friday.", "Shares fell", "Friday", False),
    ("Exports rose, a spokesman confirmed on Friday.", "Exports rose", "Friday", False),  # a telling's
    ("They praised the December peace accord.", "The peace accord was reached", "December", False),
    ("The largest blast was in May, killing 22.", "The largest blast killed 22", "May", False),
]


@pytest.mark.parametrize(("text", "title", "phrase", "expected"), HOSTS, ids=[h[0][:40] for h in HOSTS])
def test_untold_host(text: str, title: str, phrase: str, expected: bool) -> None:
    own = _timex(text, phrase)
    assert untold_host(text, (0, len(text)), [(own.start, own.end)], title) is expected


SETTINGS = [
    ("He spoke at the 2019 summit on trade.", "2019", True),
    ("He faces a fine under a 1994 law.", "1994", False),
    ("Voters cast ballots in the 2020 local elections.", "2020", True),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), SETTINGS, ids=[s[0][:40] for s in SETTINGS])
def test_sets_time(text: str, phrase: str, expected: bool) -> None:
    assert sets_time(text, _timex(text, phrase)) is expected


SUBJECTS = [
    ("Tuesday's vote may decide the race.", "Tuesday", False, True),
    ("Tuesday's vote may decide the race.", "Tuesday", True, False),  # a vote to come
    ("In May, prices are rising fast.", "May", False, False),  # a front phrase
    ("Officials said the fall in sales last month is a warning.", "last month", False, True),
]


@pytest.mark.parametrize(("text", "phrase", "ahead", "expected"), SUBJECTS,
                         ids=[f"{s[0][:30]}-{s[2]}" for s in SUBJECTS])
def test_in_stated_subject(text: str, phrase: str, ahead: bool, expected: bool) -> None:
    own = _timex(text, phrase)
    assert in_stated_subject(text, (0, len(text)), (own.start, own.end), ahead=ahead) is expected
