"""Table-driven tests of round 15: the year of a date stated in a relative clause, and "January's vote".

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
10 December 2026, so a bare "January 25" is next year's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2026, 12, 10)
JAN = ("January 25", "DATE", "2027-01-25", None)


# A date inside a comma-bounded relative clause ("which takes effect on January 25,") is an aside: a later
# "the end of the year" in the main clause, not in the past, is the news year; without the clause, inside
# it, or in a past main clause, it stays the date's year.
CLAUSE_YEAR = [
    (
        "The rule, which takes effect on January 25, should cut costs by the end of the year.",
        [JAN, ("the end of the year", "DATE", "2026", "END")],
    ),
    (
        "The law, whose first part applies from January 25, will be reviewed by the end of the year.",
        [JAN, ("the end of the year", "DATE", "2026", "END")],
    ),
    (
        "The rule takes effect on January 25 and should cut costs by the end of the year.",
        [JAN, ("the end of the year", "DATE", "2027", "END")],
    ),
    (
        "The rule, which takes effect on January 25 and lapses at the end of the year, is new.",
        [JAN, ("the end of the year", "DATE", "2027", "END")],
    ),
    # a past main clause: the news year's end is not yet reached, the clause's date keeps the reference
    (
        "The plan, which starts on January 25, was drafted by the end of the year.",
        [JAN, ("the end of the year", "DATE", "2027", "END")],
    ),
]


# A possessive month ("January's vote") names the event a full date of the text placed in that month:
# it takes that date's year, even where the clause's tense would pick another.
POSSESSIVE_MONTH = [
    (
        "The runoff is on January 25. The party had campaigned hard before January's vote.",
        [JAN, ("January", "DATE", "2027-01", None)],
    ),
    ("The party had campaigned hard before January's vote.", [("January", "DATE", "2026-01", None)]),
    # not possessive: the tense decides as before
    (
        "The runoff is on January 25. The party had campaigned hard in January.",
        [JAN, ("January", "DATE", "2026-01", None)],
    ),
    # two full dates of January in different years: no memory to trust
    (
        "The runoff is on January 25. The first round on January 4, 2026 was close. The party had "
        "campaigned hard before January's vote.",
        [JAN, ("January 4, 2026", "DATE", "2026-01-04", None), ("January", "DATE", "2026-01", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_YEAR, ids=ids(CLAUSE_YEAR))
def test_date_in_a_relative_clause(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_MONTH, ids=ids(POSSESSIVE_MONTH))
def test_possessive_month(text, expected):
    assert rows(text, DCT) == expected
