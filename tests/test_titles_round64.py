"""Round 64: a part of the day before its noun leaves the noun its "the" ("The evening talks on Monday
broke up" -> "The talks broke up"), a change's base goes with the date that named it ("rose 2 percent over
the total for 2019" -> "rose 2 percent"), and a "since" date inside a reported clause titles that clause's
last time, without its teller ("Critics say the canal has not been dredged since 2015" -> "The canal was
last dredged"). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import base_remnants

# (id, text, the date phrase of the event, its title)
CASES = [
    ("a part of the day before the subject's noun", "The evening talks on Monday broke up without a deal.",
     "Monday", "The talks broke up without a deal"),
    ("a part of the day after a preposition", "Snow fell during the night shift at the mill.", "the night",
     "Snow fell during the shift at the mill"),
    ("a front part of the day and a subject", "In the morning hail fell on the orchards.", "the morning",
     "Hail fell on the orchards"),
    ("a part of the day before a conjunction", "The ferry waited in the evening because of the swell.",
     "the evening", "The ferry waited because of the swell"),
    ("a base figure and a relative date", "Wool exports dropped by 4 percent from the figure a year earlier.",
     "a year earlier", "Wool exports dropped by 4 percent"),
    ("a base total and a year", "Timber output grew 6 percent over the total for 2019.", "2019",
     "Timber output grew 6 percent"),
    ("a base rate and a month", "Joblessness eased to 5 percent from the rate in March.", "March",
     "Joblessness eased to 5 percent"),
    ("a reported clause with that", "Boatmen say that the canal has not been dredged since 2015.", "2015",
     "The canal was last dredged"),
    ("a reported clause without that", "Farmers complained the ditches had not flooded since 2011.", "2011",
     "The ditches last flooded"),
    ("a reported pronoun keeps its teller", "Farmers said they had not planted rye since 2011.", "2011",
     "Farmers said they last planted rye"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round64_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, words before a date cut out, what stays)
BASE_CASES = [
    ("a figure's base", "Exports fell 3 percent from the figure ", "Exports fell 3 percent "),
    ("a base with a comparison", "Sales rose 2%, compared with the level in ", "Sales rose 2% "),
    ("no figure: kept", "The bank held its rate at the level of ", "The bank held its rate at the level of "),
    ("no base: kept", "Sales rose 2 percent in ", "Sales rose 2 percent in "),
]


@pytest.mark.parametrize(("before", "expected"), [c[1:] for c in BASE_CASES], ids=[c[0] for c in BASE_CASES])
def test_without_base(before: str, expected: str) -> None:
    assert base_remnants.without_base(before) == expected
