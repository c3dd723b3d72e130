"""Table-driven tests of tagger round 38: delivery months, fractions and prices, retold days, "Weeks later".

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import delivery, nights, senses

FEB_26 = dt.date(1987, 2, 26)  # a Thursday
NOV_07 = dt.date(2023, 11, 7)  # a Tuesday
DEC_28 = dt.date(2001, 12, 28)  # a Friday

# 1. Slash pairs of months in a market report are deliveries ahead of the report, whatever its verb; so are
# the bare months of the same sentence. "March/April" and "April/May" are months, not a verb and a modal.
DELIVERIES = [
    (
        "Sales were light, with June/July going at 1,850 dlrs and Oct/Dec at 1,880 dlrs.",
        FEB_26,
        [
            ("June", "DATE", "1987-06", None),
            ("July", "DATE", "1987-07", None),
            ("Oct", "DATE", "1987-10", None),
            ("Dec", "DATE", "1987-12", None),
        ],
    ),
    (
        "March/April sold at 4,340 dlrs.",
        FEB_26,
        [("March", "DATE", "1987-03", None), ("April", "DATE", "1987-04", None)],
    ),
    (
        "Cake sold at 785 dlrs for March/April and 780 dlrs for May.",
        FEB_26,
        [
            ("March", "DATE", "1987-03", None),
            ("April", "DATE", "1987-04", None),
            ("May", "DATE", "1987-05", None),
        ],
    ),
    (
        "April/May butter went at 2.27 times the index.",
        FEB_26,
        [("April", "DATE", "1987-04", None), ("May", "DATE", "1987-05", None)],
    ),
    (
        "Cake sold at 785 dlrs for March/April and 753 dlrs for Aug, traders said.",
        FEB_26,
        [
            ("March", "DATE", "1987-03", None),
            ("April", "DATE", "1987-04", None),
            ("Aug", "DATE", "1987-08", None),
        ],
    ),
    # controls: a time of the story, after "the" or "in"
    (
        "The June/July heatwave killed 30 people.",
        FEB_26,
        [("June", "DATE", "1986-06", None), ("July", "DATE", "1986-07", None)],
    ),
    ("Sales fell in June after the strike.", FEB_26, [("June", "DATE", "1986-06", None)]),
]

# 2. Fractions, prices and any day of the week are no times.
NOT_TIMES = [
    ("He added that half of the 20 people who took part had dropped out.", FEB_26, []),
    ("She said that half the staff had left.", FEB_26, []),
    ("The share price climbed into the mid-30's in 1983.", FEB_26, [("1983", "DATE", "1983", None)]),
    ("Analysts said the company was worth in the mid 30s.", FEB_26, []),
    (
        "Medics attended the event on Saturday, the busiest day of the week for them.",
        FEB_26,
        [("Saturday", "DATE", "1987-02-21", None)],
    ),
    ("Watch: a day in the life of the busiest airport", FEB_26, []),
    # controls: a half of the calendar, a decade of music, a week of the story
    (
        "Profits rose in the second half of the year.",
        FEB_26,
        [("the second half of the year", "DATE", "1986-H2", None)],
    ),
    ("Profits will rise this half.", FEB_26, [("this half", "DATE", "1987-H1", None)]),
    ("The band played songs of the '30s.", FEB_26, [("the '30s", "DATE", "193", None)]),
    ("He grew up in the 50s.", FEB_26, [("the 50s", "DATE", "195", None)]),
    ("Prices rose during the week.", FEB_26, [("the week", "DATE", "1987-W09", None)]),
]

# 3. Papers and frequencies: an Arabic paper's name after its kind; an acronym and its noun after a frequency.
PAPERS = [
    ("He was quoted by the local daily al-Qabas as saying so.", FEB_26, []),
    ("Delegates gather at yearly COP meetings.", FEB_26, [("yearly", "SET", "P1Y", None)]),
    # control: a paper's name
    ("He read it in the weekly Der Spiegel.", FEB_26, []),
]

# 4. A day told again keeps the year the story gave it near the document date; "Weeks later" after a told
# date in a past clause is a week of unknown date, not the future.
RETOLD = [
    (
        "On October 7, gunmen breached the border. In October 2021, six groups were banned. Weeks later, it"
        " was revealed that they had been hacked. The army was caught off guard by the attack on October 7.",
        NOV_07,
        [
            ("October 7", "DATE", "2023-10-07", None),
            ("October 2021", "DATE", "2021-10", None),
            ("Weeks later", "DATE", "XXXX-WXX", None),
            ("October 7", "DATE", "2023-10-07", None),
        ],
    ),
    # controls: a paragraph with its own year; a sentence with its own year; a "few" count; a future clause
    (
        "The war began on April 30.\nAnother event came in April 2004, and a report was posted on April 30.",
        dt.date(2009, 12, 19),
        [
            ("April 30", "DATE", "2009-04-30", None),
            ("April 2004", "DATE", "2004-04", None),
            ("April 30", "DATE", "2004-04-30", None),
        ],
    ),
    (
        "In October 2021, six groups were banned. A few months later, it was revealed.",
        NOV_07,
        [("October 2021", "DATE", "2021-10", None), ("A few months later", "DATE", "FUTURE_REF", None)],
    ),
    (
        "On June 6, 1944 the troops landed. In 1945, on June 6, they marked it.",
        NOV_07,
        [
            ("June 6, 1944", "DATE", "1944-06-06", None),
            ("1945", "DATE", "1945", None),
            ("June 6", "DATE", "1945-06-06", None),
        ],
    ),
    (
        "They will meet in March. Weeks later the deal will close.",
        NOV_07,
        [("March", "DATE", "2024-03", None), ("Weeks later", "DATE", "FUTURE_REF", None)],
    ),
]

# 5. "Overnight" opening a sentence before its acting subject is the adverb of time.
OVERNIGHT = [
    ("Overnight police arrested three men.", DEC_28, [("Overnight", "TIME", "2001-12-27TNI", None)]),
    ("Overnight, troops shelled the town.", DEC_28, [("Overnight", "TIME", "2001-12-27TNI", None)]),
    ("Overnight crews fought the fire.", DEC_28, [("Overnight", "TIME", "2001-12-27TNI", None)]),
    # controls: an adjective before a thing
    ("Overnight rates rose.", DEC_28, []),
    ("Overnight stays are popular with tourists.", DEC_28, []),
    ("The overnight police patrol found him.", DEC_28, []),
]

# 6. Two centuries joined: each is a century, the first before "and", the second plural.
CENTURIES = [
    (
        "The mine ran in the late 19th and early 20th centuries.",
        DEC_28,
        [("late 19th", "DATE", "18", "END"), ("early 20th centuries", "DATE", "19", "START")],
    ),
    (
        "Farms spread between the 5th and 4th centuries BC.",
        DEC_28,
        [("the 5th", "DATE", "BC04", None), ("4th centuries BC", "DATE", "BC03", None)],
    ),
    # control: ordinals of a race
    ("They came 19th and 20th in the race.", DEC_28, []),
]

# 7. "recent days" before "of" is still the span of the recent past.
RECENT_OF = [
    (
        "Several people have spoken in recent days of seeing the men.",
        DEC_28,
        [("recent days", "DURATION", "PXD", None)],
    ),
    ("Prices rose over the past weeks of talks.", DEC_28, [("the past weeks", "DATE", "PAST_REF", None)]),
    # controls
    ("Fighting has grown in recent days.", DEC_28, [("recent days", "DURATION", "PXD", None)]),
    ("The town was rebuilt after years of war.", DEC_28, [("years", "DURATION", "PXY", None)]),
]

# 8. "the month-end" after a month named in its sentence is that month's end, as "the end of the month" is.
MONTH_END = [
    (
        "Buyers rushed to lift February cargoes before the month-end.",
        dt.date(1987, 3, 2),
        [("February", "DATE", "1987-02", None), ("month-end", "DATE", "1987-02", "END")],
    ),
    # control: the month named in another sentence
    (
        "Sales rose in February. Prices will fall by month-end.",
        dt.date(1987, 3, 2),
        [("February", "DATE", "1987-02", None), ("month-end", "DATE", "1987-03", "END")],
    ),
]

CASES = MONTH_END + RECENT_OF + DELIVERIES + NOT_TIMES + PAPERS + RETOLD + OVERNIGHT + CENTURIES


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round38(text, dct, expected):
    assert rows(text, dct) == expected


@pytest.mark.parametrize("example", [example for _, example in senses.SHAPES], ids=lambda e: e[:40])
def test_senses_examples(example):
    """The example of each shape dropped gives no half, decade, week or day."""
    found = [row[0] for row in rows(example, FEB_26)]
    assert not {"that half", "the mid-30's", "the week", "day"} & set(found)


@pytest.mark.parametrize("example", [example for _, example in delivery.SHAPES], ids=lambda e: e[:40])
def test_delivery_examples(example):
    """Every month in a delivery example lies ahead of the report."""
    values = [row[2] for row in rows(example, FEB_26)]
    assert values and all(value >= "1987-02" for value in values)


def test_overnight_agents_examples():
    for _, example in nights.OVERNIGHT_AGENTS:
        assert rows(example, DEC_28)[:1] == [("Overnight", "TIME", "2001-12-27TNI", None)], example
