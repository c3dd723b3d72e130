"""Table-driven tests of tagger round 45: holidays and named days in news of the 2020s.

Movable feasts counted from Easter, US days counted from a weekday of a month (Cyber Monday, Super Bowl
Sunday), England's bank holidays, Jewish holidays counted from Passover (Rosh Hashanah, Yom Kippur),
Diwali's corrected rows, the year of the festive season, and leftovers of earlier rounds: a half of a
century, the first or last week of the quarter or year the article names.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal.lunar import lunar_day

MAR_10 = dt.date(2026, 3, 10)  # a Tuesday, in Ramadan 2026
JAN_12 = dt.date(2026, 1, 12)
NOV_5 = dt.date(2026, 11, 5)

# 1. Days counted from Easter Sunday (April 5 in 2026); a longer name before "Easter" alone.
EASTER = [
    (
        "Shops close on Good Friday and reopen on Easter Monday.",
        MAR_10,
        [("Good Friday", "DATE", "2026-04-03", None), ("Easter Monday", "DATE", "2026-04-06", None)],
    ),
    ("Lent began on Ash Wednesday.", MAR_10, [("Ash Wednesday", "DATE", "2026-02-18", None)]),
    ("The procession is held on Palm Sunday.", MAR_10, [("Palm Sunday", "DATE", "2026-03-29", None)]),
    ("Feet are washed on Maundy Thursday.", MAR_10, [("Maundy Thursday", "DATE", "2026-04-02", None)]),
    ("The synod meets at Pentecost.", MAR_10, [("Pentecost", "DATE", "2026-05-24", None)]),
    ("Whit Monday is a public holiday in Germany.", MAR_10, [("Whit Monday", "DATE", "2026-05-25", None)]),
    ("Ascension Day closes the banks.", MAR_10, [("Ascension Day", "DATE", "2026-05-14", None)]),
    ("The album comes out at Easter 2027.", MAR_10, [("Easter 2027", "DATE", "2027-03-28", None)]),
    ("We last met at Easter 2025.", MAR_10, [("Easter 2025", "DATE", "2025-04-20", None)]),
    # controls: a church's name and a word of a faith are no days
    ("The Pentecostal church has grown fast.", MAR_10, []),
]

# 2. US days counted from a weekday of a month; Mother's Day is the US one (the second Sunday of May).
US_DAYS = [
    (
        "Retailers are bracing for Black Friday and Cyber Monday.",
        NOV_5,
        [("Black Friday", "DATE", "2026-11-27", None), ("Cyber Monday", "DATE", "2026-11-30", None)],
    ),
    (
        "Small Business Saturday falls between them.",
        NOV_5,
        [("Small Business Saturday", "DATE", "2026-11-28", None)],
    ),
    ("Ads cost more on Super Bowl Sunday.", JAN_12, [("Super Bowl Sunday", "DATE", "2026-02-08", None)]),
    ("Voters go to the polls on Election Day.", MAR_10, [("Election Day", "DATE", "2026-11-03", None)]),
    ("Offices will close on Juneteenth.", MAR_10, [("Juneteenth", "DATE", "2026-06-19", None)]),
    ("Florists are busy before Mother's Day.", MAR_10, [("Mother's Day", "DATE", "2026-05-10", None)]),
]

# 3. England's bank holidays on a Monday; "May Day" alone stays May 1.
BANK_HOLIDAYS = [
    (
        "Parades are planned for the May Day bank holiday.",
        MAR_10,
        [("May Day bank holiday", "DATE", "2026-05-04", None)],
    ),
    ("The spring bank holiday is busy.", MAR_10, [("spring bank holiday", "DATE", "2026-05-25", None)]),
    (
        "Roads were jammed over the August bank holiday weekend.",
        MAR_10,
        [("August bank holiday weekend", "DATE", "2025-W34-WE", None)],
    ),
    ("Workers marched on May Day.", MAR_10, [("May Day", "DATE", "2025-05-01", None)]),
]

# 4. Lunar and lunisolar holidays: Rosh Hashanah and Yom Kippur counted from Passover; Diwali's rows.
LUNAR = [
    ("Synagogues will be full on Yom Kippur.", MAR_10, [("Yom Kippur", "DATE", "2026-09-21", None)]),
    ("Offices closed for Yom Kippur.", MAR_10, [("Yom Kippur", "DATE", "2025-10-02", None)]),
    ("Rosh Hashanah begins at sundown.", MAR_10, [("Rosh Hashanah", "DATE", "2026-09-12", None)]),
    ("Lamps were lit across the city for Diwali.", MAR_10, [("Diwali", "DATE", "2025-10-20", None)]),
    ("She will fast next Ramadan.", MAR_10, [("next Ramadan", "DATE", "2027-02-08", None)]),
]

# 5. Leftovers: a half of a century; the first or last week of the quarter or year its article names.
LEFTOVERS = [
    (
        "Mills spread during the latter half of the 19th century.",
        MAR_10,
        [("the latter half of the 19th century", "DATE", "18", "END")],
    ),
    (
        "The first half of the 20th century saw two wars.",
        MAR_10,
        [("The first half of the 20th century", "DATE", "19", "START")],
    ),
    (
        "Sales jumped in the last week of the year.",
        JAN_12,
        [("the last week of the year", "DATE", "2025-W52", None)],
    ),
    (
        "The plant will shut in the first week of the year.",
        NOV_5,
        [("the first week of the year", "DATE", "2026-W01", None)],
    ),
    (
        "Traders squared their books in the last week of the quarter.",
        NOV_5,
        [("the last week of the quarter", "DATE", "2026-W39", None)],
    ),
    # the year-end holiday season by the tense: gone by when told in the past before November
    ("Stores were quiet over the festive season.", MAR_10, [("the festive season", "DATE", "2025", None)]),
    ("Sales will rise in the holiday season.", MAR_10, [("the holiday season", "DATE", "2026", None)]),
    # control: "the last week" alone is still the week before this one
    ("Prices fell the last week.", MAR_10, [("the last week", "DATE", "2026-W10", None)]),
]

CASES = EASTER + US_DAYS + BANK_HOLIDAYS + LUNAR + LEFTOVERS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round45(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected


# Days the calendar gives, checked against published calendars: (name, year, day)
DAYS = [
    ("Diwali", 2017, dt.date(2017, 10, 19)),
    ("Diwali", 2025, dt.date(2025, 10, 20)),
    ("Diwali", 2020, dt.date(2020, 11, 14)),
    ("Rosh Hashanah", 2025, dt.date(2025, 9, 23)),
    ("Yom Kippur", 2024, dt.date(2024, 10, 12)),
    ("Yom Kippur", 2041, None),  # outside the table
]


@pytest.mark.parametrize(("name", "year", "day"), DAYS, ids=[f"{n} {y}" for n, y, _ in DAYS])
def test_lunar_days(name: str, year: int, day: dt.date | None) -> None:
    assert lunar_day(name, year) == day
