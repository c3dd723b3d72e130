"""Table-driven tests of tagger round 20: one vocabulary of saying verbs, and leftovers of earlier audits.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import saying

JUL_12 = dt.date(2024, 7, 12)  # a Friday; June 3, 2024 is a Monday

# 1. Every rule that reads verbs of saying reads the same vocabulary (timeline/temporal/saying.py): a verb
# of any earlier list now serves all four rules.
SAYING = [
    # "<verb> that Friday's ...": "that" is the conjunction, the weekday stands alone
    ("The editor wrote that Friday's rally was calm.", JUL_12, [("Friday", "DATE", "2024-07-12", None)]),
    ("The minister denied that Sunday's vote was rigged.", JUL_12, [("Sunday", "DATE", "2024-07-07", None)]),
    ("The panel found that January was cold.", JUL_12, [("January", "DATE", "2024-01", None)]),
    # a sentence opening with an earlier date and a verb of saying dates the words said
    (
        "On June 3 the minister denied the plant would close Friday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Friday", "DATE", "2024-06-07", None)],
    ),
    # a verb of knowing reports no words: the document date counts
    (
        "On June 3 the council agreed the plant would close Friday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Friday", "DATE", "2024-07-12", None)],
    ),
    # a holiday name before a verb of saying is a surname
    ("Easter warned the council.", JUL_12, []),
    ("Easter said the council would meet.", JUL_12, []),
    ("The council met at Easter.", JUL_12, [("Easter", "DATE", "2024-03-31", None)]),
]

MAR_12 = dt.date(2024, 3, 12)  # a Tuesday
APR_1997 = dt.date(1997, 4, 10)
MAR_2003 = dt.date(2003, 3, 12)
SEP_25_2006 = dt.date(2006, 9, 25)
DEC_2024 = dt.date(2024, 12, 1)
AUG_2005 = dt.date(2005, 8, 1)

# 2. "a year earlier" / "a year before" in a comparison is a DATE a year before its reference, at the
# reference's grain when the month is named just before it in the sentence; "before" with nothing after it
# counts back too, and a clock time right before such a day is a time of that day.
COMPARISONS = [
    (
        "Car sales in February climbed 3.4 percent from a year earlier.",
        APR_1997,
        [("February", "DATE", "1997-02", None), ("a year earlier", "DATE", "1996-02", None)],
    ),
    (
        "Exports in March were down 5 percent from a year before.",
        APR_1997,
        [("March", "DATE", "1997-03", None), ("a year before", "DATE", "1996-03", None)],
    ),
    ("Sales rose 5 percent from a year before.", APR_1997, [("a year before", "DATE", "1996", None)]),
    (
        "The mill made 9,000 tonnes in 1996 and 8,000 a year before.",
        APR_1997,
        [("1996", "DATE", "1996", None), ("a year before", "DATE", "1995", None)],
    ),
    # a month counted from the document date dates the report, not the period compared
    (
        "The firm reported last month that profit fell 4 percent from a year earlier.",
        APR_1997,
        [("last month", "DATE", "1997-03", None), ("a year earlier", "DATE", "1996", None)],
    ),
    # the month closes an earlier sentence: the comparison is with the year, not that month
    (
        "Exports rose in March. Imports fell 2 percent from a year earlier.",
        APR_1997,
        [("March", "DATE", "1997-03", None), ("a year earlier", "DATE", "1996", None)],
    ),
    # "before" with an object stays a duration and its signal
    ("The polls opened ten days before the vote.", JUL_12, [("ten days", "DURATION", "P10D", None)]),
    (
        "On June 3 the polls closed. They had opened at 7 a.m. ten days before.",
        JUL_12,
        [
            ("June 3", "DATE", "2024-06-03", None),
            ("7 a.m.", "TIME", "2024-05-24T07:00", None),
            ("ten days before", "DATE", "2024-05-24", None),
        ],
    ),
    (
        "On June 3 the polls closed. They reopened at 9 p.m. the next day.",
        JUL_12,
        [
            ("June 3", "DATE", "2024-06-03", None),
            ("9 p.m.", "TIME", "2024-06-04T21:00", None),
            ("the next day", "DATE", "2024-06-04", None),
        ],
    ),
]

# 3. A holiday as the subject of a general statement, and the month of a futures contract, date nothing:
# later phrases do not count from them.
DATES_NOTHING = [
    (
        "China's Lunar New Year is a time of travel. Sales rose in the previous year.",
        dt.date(2024, 12, 10),
        [("Lunar New Year", "DATE", "2025-01-29", None), ("the previous year", "DATE", "2023", None)],
    ),
    (
        "Christmas is traditionally a family feast. The next day, shops open.",
        dt.date(2024, 12, 10),
        [("Christmas", "DATE", "2024-12-25", None), ("The next day", "DATE", "2024-12-11", None)],
    ),
    # a holiday that dates something still does
    (
        "Sales rose over Christmas. The next day, shops opened.",
        dt.date(2024, 12, 30),
        [("Christmas", "DATE", "2024-12-25", None), ("The next day", "DATE", "2024-12-26", None)],
    ),
    (
        "Crude for May delivery rose 40 cents. The previous day, prices fell.",
        MAR_12,
        [("May", "DATE", "2024-05", None), ("The previous day", "DATE", "2024-03-11", None)],
    ),
    # a futures month is never behind, a commodity between it and "futures" or not
    (
        "July corn futures fell 3 cents.",
        MAR_12,
        [("July", "DATE", "2024-07", None)],
    ),
]

# 4. A bare Sept. 11 after "since" or "following" in the decade after 2001 is the attacks, unless a later
# Sept. 11 is only weeks old; "post-Sept. 11" always is.
SEPT_11 = [
    ("Security has been tight since Sept. 11.", MAR_2003, [("Sept. 11", "DATE", "2001-09-11", None)]),
    (
        "Following September 11, getting a visa was hard.",
        dt.date(2006, 11, 20),
        [("September 11", "DATE", "2001-09-11", None)],
    ),
    ("Shares have fallen since Sept. 11.", SEP_25_2006, [("Sept. 11", "DATE", "2006-09-11", None)]),
    ("The post-Sept. 11 world is different.", DEC_2024, [("Sept. 11", "DATE", "2001-09-11", None)]),
    ("Voters must register before Sept. 11.", AUG_2005, [("Sept. 11", "DATE", "2005-09-11", None)]),
    ("Japan voted on Sept. 11.", dt.date(2005, 12, 10), [("Sept. 11", "DATE", "2005-09-11", None)]),
]

SUN_DEC_3 = dt.date(2006, 12, 3)  # the report of a Saturday game, dated Sunday

# 5. A quoted "today" told in the past tense, in a report of the day before the document date, is that day.
QUOTED_TODAY = [
    (
        'The team won on Saturday.\n\n"Today we controlled the game," the coach said.',
        SUN_DEC_3,
        [("Saturday", "DATE", "2006-12-02", None), ("Today", "DATE", "2006-12-02", None)],
    ),
    (
        'The team won on Saturday.\n\n"My players were magnificent today," the coach told reporters.',
        SUN_DEC_3,
        [("Saturday", "DATE", "2006-12-02", None), ("today", "DATE", "2006-12-02", None)],
    ),
    # present-tense words, or "today" outside a quotation, stay the document date
    (
        'The team won on Saturday.\n\n"Today we need more funds," the coach said.',
        SUN_DEC_3,
        [("Saturday", "DATE", "2006-12-02", None), ("Today", "DATE", "2006-12-03", None)],
    ),
    (
        "The team won on Saturday. Today the coach rested his players.",
        SUN_DEC_3,
        [("Saturday", "DATE", "2006-12-02", None), ("Today", "DATE", "2006-12-03", None)],
    ),
]

# 6. "one day" as some day ahead is a DATE (FUTURE_REF), not a day's length.
ONE_DAY = [
    ("They fear the church one day may grow.", SUN_DEC_3, [("one day", "DATE", "FUTURE_REF", None)]),
    (
        "The young violinist hopes one day to tour Japan.",
        SUN_DEC_3,
        [("one day", "DATE", "FUTURE_REF", None)],
    ),
    ("One day the debris could form planets.", SUN_DEC_3, [("One day", "DATE", "FUTURE_REF", None)]),
    ("He will stay one day in Paris.", SUN_DEC_3, [("one day", "DURATION", "P1D", None)]),
    ("They have one day to prepare.", SUN_DEC_3, [("one day", "DURATION", "P1D", None)]),
    ("One day I was cycling and thought it would rain.", SUN_DEC_3, [("One day", "DURATION", "P1D", None)]),
    ("One day a comet could hit, the team said.", SUN_DEC_3, [("One day", "DATE", "FUTURE_REF", None)]),
    ("The one-day meeting can help the talks.", SUN_DEC_3, [("one-day", "DURATION", "P1D", None)]),
]

# 7. "hours" between two events, the second one opening on a name: a length of some hours.
BETWEEN = [
    (
        "The statement came hours before Prime Minister Ito's departure.",
        SUN_DEC_3,
        [("hours", "DURATION", "PTXH", None)],
    ),
    ("The rally began hours after the vote.", SUN_DEC_3, [("hours", "DURATION", "PTXH", None)]),
]

# 8. A weekday opening its sentence before a present-tense verb of schedule lies ahead.
OPENING_WEEKDAY = [
    ("Gold rose. On Monday the Fed meets.", MAR_12, [("Monday", "DATE", "2024-03-18", None)]),
    ("Monday, the talks resume in Geneva.", MAR_12, [("Monday", "DATE", "2024-03-18", None)]),
    ("On Monday the Fed met.", MAR_12, [("Monday", "DATE", "2024-03-11", None)]),
]

# A present form that is also a plural noun counts only before "that": "the United States" says nothing.
VOCABULARY = [
    ("says", "SAYING", True),
    ("states", "SAYING", False),
    ("reports", "SAYING", False),
    ("states", "SAYING_OR_KNOWING", True),
    ("believes", "SAYING", False),
    ("believes", "SAYING_OR_KNOWING", True),
    ("believe", "SAYING_OR_KNOWING", True),
    # the letter-by-letter alternation holds the words, not their beginnings
    ("sa", "SAYING", False),
    ("tel", "SAYING", False),
    ("tells", "SAYING", True),
]


VOCABULARY_IDS = [f"{word}-{name}-{found}" for word, name, found in VOCABULARY]


@pytest.mark.parametrize(("word", "name", "found"), VOCABULARY, ids=VOCABULARY_IDS)
def test_saying_sets(word, name, found):
    assert (re.fullmatch(f"(?:{getattr(saying, name)})", word) is not None) is found


def test_every_row_has_an_example():
    for forms, nouns, example in saying.SAYING_VERBS + saying.KNOWING_VERBS:
        assert forms and example and re.search(rf"\b(?:{forms}|{nouns or forms})\b", example, re.IGNORECASE)


CASES = SAYING + COMPARISONS + DATES_NOTHING + SEPT_11 + QUOTED_TODAY + ONE_DAY + BETWEEN + OPENING_WEEKDAY


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round20(text, dct, expected):
    assert rows(text, dct) == expected
