"""Table-driven tests of tagger round 48: fiscal years, lunar holidays, offsets from a named day, clock
times before their day, and months told after an earlier year.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal.lunar import lunar_day

JUNE = dt.date(2025, 6, 10)  # a Tuesday
LATE_2006, EARLY_2006 = dt.date(2006, 12, 20), dt.date(2006, 2, 1)  # Eid al-Adha fell on Jan. 10 and Dec. 31

# 1. Eid al-Adha and Holi have their columns in the lunar table, as Diwali has.
LUNAR = [
    ("Prayers were held on Eid al-Adha 2024.", JUNE, [("Eid al-Adha 2024", "DATE", "2024-06-16", None)]),
    ("Prayers were held on Eid-ul-Azha last year.", JUNE,
     [("Eid-ul-Azha", "DATE", "2024-06-16", None), ("last year", "DATE", "2024", None)]),
    ("The ferries were packed before Bakrid 2010.", JUNE, [("Bakrid 2010", "DATE", "2010-11-16", None)]),
    ("The town was painted pink on Holi 2023.", JUNE, [("Holi 2023", "DATE", "2023-03-08", None)]),
    ("Bonfires were lit on Holika Dahan 2024.", JUNE, [("Holika Dahan 2024", "DATE", "2024-03-24", None)]),
    ("The markets closed for Holi.", JUNE, [("Holi", "DATE", "2025-03-14", None)]),
    # a holiday falling twice in the document's year: the one nearest the document date, not next year's
    ("The village will feast on Eid al-Adha.", LATE_2006, [("Eid al-Adha", "DATE", "2006-12-31", None)]),
    ("The village feasted on Eid al-Adha.", EARLY_2006, [("Eid al-Adha", "DATE", "2006-01-10", None)]),
    # control: a lower-case word is no holiday
    ("They said holi in the chat.", JUNE, []),
]

LUNAR_DAYS = [
    ("Eid al-Adha", 1990, dt.date(1990, 7, 2)),
    ("Eid al-Adha", 2006, dt.date(2006, 1, 10)),  # the first of the year's two
    ("Holi", 2001, dt.date(2001, 3, 10)),  # the package's table
    ("Holi", 1997, dt.date(1997, 3, 24)),  # computed
    ("Holika Dahan", 2025, dt.date(2025, 3, 13)),
    ("Holi", 2041, None),  # outside the table
]

# 2. Fiscal years keep the calendar value TimeBank gives them ("fiscal 1989" is 1989); the shapes that were
# split now hold together: the year before the words, and the words without "the".
FISCAL = [
    ("Exports grew in the 2024 fiscal year.", JUNE, [("the 2024 fiscal year", "DATE", "2024", None)]),
    ("Exports grew in its 2023 financial year.", JUNE, [("2023 financial year", "DATE", "2023", None)]),
    ("Exports grew in financial year 2022-23.", JUNE, [("financial year 2022-23", "DATE", "2022", None)]),
    ("Tax year 2019-20 closed early.", JUNE, [("Tax year 2019-20", "DATE", "2019", None)]),
    ("Exports grew in fiscal 1997.", JUNE, [("fiscal 1997", "DATE", "1997", None)]),
    ("Exports grew in FY 2023.", JUNE, [("FY 2023", "DATE", "2023", None)]),
    ("Exports fell last fiscal year.", JUNE, [("last fiscal year", "DATE", "2024", None)]),
    ("Exports grow in the current fiscal year.", JUNE, [("the current fiscal year", "DATE", "2025", None)]),
    # control: the words alone name no year
    ("The tax rose and the school closed in 2020.", JUNE, [("2020", "DATE", "2020", None)]),
]

# 3. A month that ends a span ("until May"), after a later month of the story's year, is in the next year.
UNTIL = [
    ("In November 2018 the miners walked out. They stayed out until April.", JUNE,
     [("November 2018", "DATE", "2018-11", None), ("April", "DATE", "2019-04", None)]),
    ("The ferry stopped on 20 October 2017. It stayed in dock till mid-March.", JUNE,
     [("20 October 2017", "DATE", "2017-10-20", None), ("mid-March", "DATE", "2018-03", "MID")]),
    # control: a month after the story's month stays in its year
    ("In February 2018 the miners walked out. They stayed out until April.", JUNE,
     [("February 2018", "DATE", "2018-02", None), ("April", "DATE", "2018-04", None)]),
]

CASES = LUNAR + FISCAL + UNTIL


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round48(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected


@pytest.mark.parametrize(("name", "year", "day"), LUNAR_DAYS, ids=[f"{n} {y}" for n, y, _ in LUNAR_DAYS])
def test_lunar_day(name: str, year: int, day: dt.date | None) -> None:
    assert lunar_day(name, year) == day
