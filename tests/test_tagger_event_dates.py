"""Table-driven tests of the tagger on date errors found in event gold (session 15, second round): a unit
counted from an event a noun names ("the day after his death"), the quarter a year back with no quarter told,
"the past century" as a span, a year inside a product's name, and the tense a causative verb gives
("the general let the offensive begin Saturday").

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline import figure_dates
from timeline.temporal import tag

# 1. "the <unit> after/before <event noun>": one unit from the date told in the same or the sentence before;
# a date in apposition is the unit itself; with no date told near, the unit is as unknown as the event.
EVENT_OFFSETS = [
    ("The poet died on May 9, 1962. Mourners filled the square the day after his death.", dt.date(1963, 1, 4),
     [("May 9, 1962", "DATE", "1962-05-09", None), ("the day", "DATE", "1962-05-10", None)]),
    ("The referendum was held on March 12, 2004, and rallies began the week before the vote.",
     dt.date(2004, 6, 1),
     [("March 12, 2004", "DATE", "2004-03-12", None), ("the week", "DATE", "2004-W10", None)]),
    ("The banks merged in 1997. Shares fell the month following the merger.", dt.date(2001, 2, 2),
     [("1997", "DATE", "1997", None), ("the month", "DATE", "1997-XX", None)]),
    ("He resigned on June 3, the day before the audit.", dt.date(2011, 7, 1),
     [("June 3", "DATE", "2011-06-03", None), ("the day", "DATE", "2011-06-03", None)]),
    ("Police said she was seen the day before the fire.", dt.date(2019, 4, 4),
     [("the day", "DATE", "XXXX-XX-XX", None)]),
    # a date after the link word is counted from by compose.py, not from the text before
    ("Stocks slid the day before March 3.", dt.date(2020, 3, 10),
     [("the day", "DATE", "2020-03-02", None), ("March 3", "DATE", "2020-03-03", None)]),
    # "the day before" alone keeps its own reading: a step from the date told last
    ("The ship sank on 4 April 1912. The day before, it had left port.", dt.date(1950, 1, 1),
     [("4 April 1912", "DATE", "1912-04-04", None), ("The day before", "DATE", "1912-04-03", None)]),
]

# 2. A quarter a year back with no quarter told is the one before the quarter just ended (the one results
# season reports on, as "the quarter" alone reads it); with a quarter told, that quarter a year back.
YEAR_AGO = [
    ("Net income rose 8% from the quarter a year ago.", dt.date(1995, 8, 3),
     [("the quarter a year ago", "DATE", "1994-Q2", None)]),
    ("Revenue fell against the year-ago quarter.", dt.date(2003, 11, 12),
     [("the year-ago quarter", "DATE", "2002-Q3", None)]),
    ("Second-quarter sales were flat with the quarter a year earlier.", dt.date(2008, 7, 20),
     [("Second-quarter", "DATE", "2008-Q2", None), ("the quarter a year earlier", "DATE", "2007-Q2", None)]),
    ("In the fourth quarter, margins beat the comparable year-ago period.", dt.date(2012, 2, 1),
     [("the fourth quarter", "DATE", "2011-Q4", None),
      ("the comparable year-ago period", "DATE", "2010-Q4", None)]),
]

# 3. "the past century" and "the past decade" are the span up to now (TimeBank: "the past decade" P10Y);
# "the last century" stays the calendar century before this one.
PAST_SPANS = [
    ("Radio was a great invention of the past century.", dt.date(1989, 5, 2),
     [("the past century", "DURATION", "P100Y", None)]),
    ("The past decade brought three recessions.", dt.date(2010, 6, 2),
     [("The past decade", "DURATION", "P10Y", None)]),
    ("The mill is a relic of the last century.", dt.date(1989, 5, 2),
     [("the last century", "DATE", "18", None)]),
]

# 4. A year right after the capitalized name a naming word gives is part of the name; a place and a year
# alone name the games or the fair of that year.
NAMES = [
    ("They started a firm called Nova 1985, building satellites.", dt.date(1990, 1, 1), []),
    ("The ministry unveiled a plan dubbed Vision 2030.", dt.date(2016, 4, 25), []),
    ("The rocket, known as Falcon 1999, was scrapped in 2001.", dt.date(2004, 1, 1),
     [("2001", "DATE", "2001", None)]),
    ("Athletes are training hard for Tokyo 2020.", dt.date(2018, 5, 1), [("2020", "DATE", "2020", None)]),
    ("She won two medals in Sydney 2000, her coach said.", dt.date(2004, 5, 1),
     [("2000", "DATE", "2000", None)]),
]

# 5. A bare verb of schedule after a causative verb and its object has no tense of its own: the causative
# verb gives it ("let" after a singular subject is a past, the present being "lets"). Monday's story.
MONDAY = dt.date(1991, 2, 25)
CAUSATIVE = [
    ("The general let the offensive begin Saturday.", MONDAY, [("Saturday", "DATE", "1991-02-23", None)]),
    ("The court made the talks resume on Friday.", MONDAY, [("Friday", "DATE", "1991-02-22", None)]),
    ("He let the contract lapse on Friday.", MONDAY, [("Friday", "DATE", "1991-02-22", None)]),
    # controls: a future or an imperative before "let" looks ahead, as does a schedule verb alone
    ("The board will let the talks resume Friday.", MONDAY, [("Friday", "DATE", "1991-03-01", None)]),
    ("Let the games begin Friday.", MONDAY, [("Friday", "DATE", "1991-03-01", None)]),
    ("The union said talks resume Friday.", MONDAY, [("Friday", "DATE", "1991-03-01", None)]),
]

CASES = EVENT_OFFSETS + YEAR_AGO + PAST_SPANS + NAMES + CAUSATIVE


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_event_dates(text, dct, expected):
    assert rows(text, dct) == expected


# 6. The comparison periods the tagger now reads as one expression stay a figure's baseline, as their
# shorter forms were: they date no event ("up 9% from the quarter a year ago").
BASELINES = [
    ("Net income was $5 million, up 9% from the quarter a year ago.", True),
    ("Sales were $2 billion, down 3% from the comparable year-ago period.", True),
    ("Sales were $2 billion, down 3% from the year-ago quarter.", True),
    ("The plant closed in the quarter a year ago.", False),
]


@pytest.mark.parametrize(("text", "expected"), BASELINES, ids=ids(BASELINES))
def test_comparison_periods_are_baselines(text, expected):
    (timex,) = tag(text, dct=dt.date(1995, 8, 3))
    assert figure_dates.is_baseline(text, timex) is expected
