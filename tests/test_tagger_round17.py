"""Table-driven tests of tagger round 17: anchoring errors of our own, then leftovers.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal.lunar import DATES, LUNAR_HOLIDAYS, lunar_day

APRIL_99 = dt.date(1999, 4, 19)  # a Monday, six months after the October story day below
OCT_98 = dt.date(1998, 10, 25)
AUG_90 = dt.date(1990, 8, 16)
OCT_89 = dt.date(1989, 10, 30)
DEC_26 = dt.date(2026, 12, 10)
APR_97 = dt.date(1997, 4, 11)  # a Friday

# a. A bare clock time whose clause repeats the happening an earlier day was given for falls on that day,
# even when other dates came between; with no such day it stays on the document date.
EPISODE_CLOCK = [
    (
        "The bakery burned down last Oct. 23 on Elm Road. Inspectors filed a report on April 8. "
        "The bakery burned down at 10 p.m. while the owner slept.",
        APRIL_99,
        [
            ("last Oct. 23", "DATE", "1998-10-23", None),
            ("April 8", "DATE", "1999-04-08", None),
            ("10 p.m.", "TIME", "1998-10-23T22:00", None),
        ],
    ),
    (
        "The mayor died on Oct. 23 in 1998. Floods hit the town in 1994 and 1997. "
        "He died at 10 p.m. in a clinic.",
        APRIL_99,
        [
            ("Oct. 23", "DATE", "1998-10-23", None),
            ("1998", "DATE", "1998", None),
            ("1994", "DATE", "1994", None),
            ("1997", "DATE", "1997", None),
            ("10 p.m.", "TIME", "1998-10-23T22:00", None),
        ],
    ),
    ("Trading ended at 4 p.m.", APRIL_99, [("4 p.m.", "TIME", "1999-04-19T16:00", None)]),
    (
        "The mayor died on Oct. 23 in 1998. In 1994 and 1997 the river rose. Trading ended at 4 p.m.",
        APRIL_99,
        [
            ("Oct. 23", "DATE", "1998-10-23", None),
            ("1998", "DATE", "1998", None),
            ("1994", "DATE", "1994", None),
            ("1997", "DATE", "1997", None),
            ("4 p.m.", "TIME", "1999-04-19T16:00", None),
        ],
    ),
]

# b. A fronted month whose verb comes after a clause with abbreviations ("vs.", "Ala.") takes that verb's
# tense: a past January written in October is the January behind.
FRONTED_MONTH = [
    (
        "In January, a week after the Baxter vs. Lund verdict, a storm near Tulsa, Okla., "
        "flattened three barns.",
        OCT_98,
        [("January", "DATE", "1998-01", None), ("a week", "DURATION", "P1W", None)],
    ),
    (
        "In January, the firm will open a plant in Mobile, Ala., its chief said.",
        OCT_98,
        [("January", "DATE", "1999-01", None)],
    ),
]

# c. "the full year", "the fiscal year" in a report are the news year, not a goal year named before.
REPORTING_YEAR = [
    (
        "By 1992 the firm intended to double its share. Its chief forecast a profit rise for the full year.",
        OCT_89,
        [("1992", "DATE", "1992", None), ("the full year", "DATE", "1989", None)],
    ),
    (
        "By 1993 the chain aims to open 40 stores. Its margins ought to widen across the fiscal year.",
        OCT_89,
        [("1993", "DATE", "1993", None), ("the fiscal year", "DATE", "1989", None)],
    ),
    (
        "In 1985 the firm doubled its share. Profit rose 5% for the full year.",
        OCT_89,
        [("1985", "DATE", "1985", None), ("the full year", "DATE", "1985", None)],
    ),
]

# d. A month told of as the time of a cutback or a plan ("told buyers of a cut in supply in September")
# is the nearest one, not one a year back.
TOLD_OF = [
    (
        "The kingdom told U.S., European and Asian refiners of a 10-15 percent cutback in its supply "
        "in September.",
        AUG_90,
        [("September", "DATE", "1990-09", None)],
    ),
    ("Prices fell in September.", AUG_90, [("September", "DATE", "1989-09", None)]),
]

# "that" after a verb of saying is a conjunction: "that Friday's rally" is Friday's rally.
SAID_THAT = [
    (
        "An envoy told reporters that Friday's rally was calm.",
        APR_97,
        [("Friday", "DATE", "1997-04-11", None)],
    ),
    ("He indicated that Sun's profit should rise.", APR_97, []),
    ("He left that Friday.", APR_97, [("that Friday", "DATE", "1997-04-11", None)]),
]

# A month that is the subject of its own past verb lies behind, whatever the verb of saying before it.
OWN_VERB_MONTH = [
    ("He said that January was cold.", DEC_26, [("January", "DATE", "2026-01", None)]),
    ("January's sales were weak, he said.", DEC_26, [("January", "DATE", "2026-01", None)]),
    ("He says January will be cold.", DEC_26, [("January", "DATE", "2027-01", None)]),
]

# Leftovers: "a while", a duration adjective before a season, the surname Easter, lunar holidays.
LEFTOVERS = [
    ("He stayed there for a while before leaving.", DEC_26, [("a while", "DURATION", "PXX", None)]),
    ("After a little while, he left.", DEC_26, [("a little while", "DURATION", "PXX", None)]),
    ("Once in a while he calls.", DEC_26, []),
    ("A while ago he left.", DEC_26, [("A while ago", "DATE", "PAST_REF", None)]),
    (
        "The country fought a 34-day summer war with its neighbour.",
        DEC_26,
        [("34-day", "DURATION", "P34D", None), ("summer", "DATE", "2026-SU", None)],
    ),
    ("Mr. Easter said the plan was sound.", DEC_26, []),
    ("Jane Easter, the mayor, opened the fair.", DEC_26, []),
    ("Coach Easter resigned.", DEC_26, []),
    ("Sales rose over Easter, the chain said.", DEC_26, [("Easter", "DATE", "2026-04-05", None)]),
    ("Orthodox Easter, the main feast, fell late.", DEC_26, [("Easter", "DATE", "2026-04-05", None)]),
    ("Families gathered for Chinese New Year.", DEC_26, [("Chinese New Year", "DATE", "2026-02-17", None)]),
    (
        "Families will gather for the Lunar New Year.",
        DEC_26,
        [("Lunar New Year", "DATE", "2027-02-06", None)],
    ),
    (
        "Crowds marked China's Lunar New Year, officials said.",
        dt.date(2025, 10, 22),
        [("Lunar New Year", "DATE", "2025-01-29", None)],
    ),
    ("Shops closed for Eid al-Fitr.", DEC_26, [("Eid al-Fitr", "DATE", "2026-03-20", None)]),
    ("The city lit lamps for Diwali.", DEC_26, [("Diwali", "DATE", "2026-11-08", None)]),
    ("They lit candles for Hanukkah.", DEC_26, [("Hanukkah", "DATE", "2026-12-05", None)]),
    ("Families will meet for Passover.", DEC_26, [("Passover", "DATE", "2027-04-22", None)]),
    ("He will return after Ramadan 2027.", DEC_26, [("Ramadan 2027", "DATE", "2027-02-08", None)]),
    (
        "In 1984 families met for Passover.",
        DEC_26,
        [("1984", "DATE", "1984", None), ("Passover", "DATE", "1984-XX-XX", None)],
    ),
    ("In Operation Ramadan, five attacks failed.", DEC_26, []),
    ("going home for ramadhan lol", DEC_26, []),
]

# Found by the regression over te3-silver and the corpora: a surname that is a holiday ("Abu Ramadan", "coach
# Salman Ramadan ... Ramadan rested"), the end of Ramadan (its last day), a quarter that is a share or a
# place, and "at month's end" in a narrative.
FOUND_LATER = [
    (
        "By Omar Abu Ramadan GAZA, Nov. 10 -- The talks resumed.",
        DEC_26,
        [("Nov. 10", "DATE", "2026-11-10", None)],
    ),
    (
        'said head coach Karim Ramadan. "We were fine." Ramadan rested his starters.',
        DEC_26,
        [],
    ),
    ("The win came as Jermaine Easter's goal went in.", DEC_26, []),
    (
        "Exports of China-made Christmas goods fell. As Christmas neared, firms hired.",
        DEC_26,
        [("Christmas", "DATE", "2026-12-25", None)],
    ),
    (
        "Last Thanksgiving in the Atlantic a boat sank.",
        DEC_26,
        [("Last Thanksgiving", "DATE", "2025-11-27", None)],
    ),
    (
        "The clashes came as Eid-al-Fitr marked the end of Ramadan.",
        dt.date(2005, 11, 3),
        [("Eid-al-Fitr", "DATE", "2005-11-03", None), ("the end of Ramadan", "DATE", "2005-11-02", "END")],
    ),
    ("Ticket sales showed a fall of about a quarter in volume.", DEC_26, []),
    ("Critics in some quarters claimed the coach had lied.", DEC_26, []),
    ("Costs were cut by a quarter.", DEC_26, []),
    (
        "Profits rose in some quarters of 2008.",
        DEC_26,
        [("some quarters", "DURATION", "PXQ", None), ("2008", "DATE", "2008", None)],
    ),
    ("Sales grew in a quarter.", DEC_26, [("a quarter", "DURATION", "P1Q", None)]),
    (
        "In 1950 the army crossed the river. It took the city on 19 October 1950. "
        "At month's end, the front held.",
        DEC_26,
        [
            ("1950", "DATE", "1950", None),
            ("19 October 1950", "DATE", "1950-10-19", None),
            ("month's end", "DATE", "1950-10", "END"),
        ],
    ),
    ("At month's end, sales rose.", DEC_26, [("month's end", "DATE", "2026-12", "END")]),
]

# From the blind audit: "November of this year" is one expression; the end of a range ("2003-2004",
# "between April 2011 and March 2012") is no further evidence of a narrative, so a report's "Dec. 1" and
# "Tuesday" stay in the news year.
FROM_AUDIT = [
    (
        "The agency had planned to launch it in November of this year.",
        dt.date(1997, 4, 10),
        [("November of this year", "DATE", "1997-11", None)],
    ),
    ("Sales will start in March of next year.", DEC_26, [("March of next year", "DATE", "2027-03", None)]),
    (
        "The bureau said on Monday that its nurses vaccinated 12,500 children "
        "between April 2024 and March 2025. "
        "In 2022-23 fewer came, and in the 2021-2022 period fewer still. "
        "On Tuesday the bureau published its schedule for the Dec. 1 fair, with new stalls.",
        dt.date(2025, 11, 25),
        [
            ("Monday", "DATE", "2025-11-24", None),
            ("April 2024", "DATE", "2024-04", None),
            ("March 2025", "DATE", "2025-03", None),
            ("2022", "DATE", "2022", None),
            ("23", "DATE", "2023", None),
            ("2021", "DATE", "2021", None),
            ("2022 period", "DATE", "2022", None),
            ("Tuesday", "DATE", "2025-11-25", None),
            ("Dec. 1", "DATE", "2025-12-01", None),
        ],
    ),
]

# Lengths as adjectives: one unit ("year-long", "yearlong"), or some units after an article ("a months-long").
UNIT_LONG = [
    ("He called the year-long delay costly.", DEC_26, [("year-long", "DURATION", "P1Y", None)]),
    ("A yearlong probe ended.", DEC_26, [("yearlong", "DURATION", "P1Y", None)]),
    ("The hour-long talk ended.", DEC_26, [("hour-long", "DURATION", "PT1H", None)]),
    ("They broke a months-long siege.", DEC_26, [("months-long", "DURATION", "PXM", None)]),
    ("They broke a month-long siege.", DEC_26, [("month-long", "DURATION", "P1M", None)]),
]

CASES = (
    FROM_AUDIT
    + UNIT_LONG
    + FOUND_LATER
    + EPISODE_CLOCK
    + FRONTED_MONTH
    + REPORTING_YEAR
    + TOLD_OF
    + SAID_THAT
    + OWN_VERB_MONTH
    + LEFTOVERS
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round17(text, dct, expected):
    assert rows(text, dct) == expected


# The lunar table: one row per year 1985-2040, every first day inside its own year, each holiday once a
# year except Ramadan and the two Eids, which fall twice in a year about every 33 years.
def test_lunar_table_covers_1985_to_2040():
    assert [row[0] for row in DATES] == list(range(1985, 2041))
    for row in DATES:
        for column in range(1, 9):
            days = row[column].split()
            assert 1 <= len(days) <= (2 if column in (2, 3, 7) else 1), (row[0], column)
            for mmdd in days:
                dt.date(row[0], int(mmdd[:2]), int(mmdd[3:]))  # a real day


LUNAR_DAYS = [
    ("Chinese New Year", 2024, dt.date(2024, 2, 10)),
    ("Lunar New Year", 2001, dt.date(2001, 1, 24)),
    ("Diwali", 2002, dt.date(2002, 11, 4)),
    ("Passover", 2001, dt.date(2001, 4, 8)),
    ("Eid al-Fitr", 2000, dt.date(2000, 1, 8)),  # the first of the year's two
    ("Hanukkah", 2024, dt.date(2024, 12, 26)),
    ("Passover", 1997, dt.date(1997, 4, 22)),
    ("Diwali", 1980, None),  # outside the table
    ("Christmas", 2024, None),  # not a lunar holiday
]


@pytest.mark.parametrize(("name", "year", "day"), LUNAR_DAYS, ids=[f"{n} {y}" for n, y, _ in LUNAR_DAYS])
def test_lunar_day(name, year, day):
    assert lunar_day(name, year) == day


def test_every_lunar_holiday_has_an_example_its_regex_matches():
    import re

    for pattern, _column, _days, example in LUNAR_HOLIDAYS:
        assert re.search(pattern, example.lower()), example
