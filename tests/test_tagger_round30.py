"""Table-driven tests of tagger round 30 (the lead's probes): a date after a participle of consequence, a
unit told by a clause after it ("the day the law took effect"), an ordinal season ("the first winter"), a
pair of months under a past or a future verb.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_24 = dt.date(2026, 11, 24)  # a Tuesday

# 1. A date after a participle of consequence (", setting up", ", paving the way for", ", clearing the way
# for") names what the main clause's act leads to: it lies ahead of that act. With the act dated in the
# sentence, the date counts forward from it; without, forward from the document date. A tense marker after
# the phrase keeps its own say; a date before the phrase is the act's.
CONSEQUENCE = [
    (
        "The court agreed Monday to hear a challenge to the rule, setting up a ruling by the end of June.",
        NOV_24,
        [("Monday", "DATE", "2026-11-23", None), ("the end of June", "DATE", "2027-06", "END")],
    ),
    (
        "The council backed the plan, paving the way for building work in March.",
        NOV_24,
        [("March", "DATE", "2027-03", None)],
    ),
    (
        "The panel approved the bill Monday, clearing the way for a vote by the end of June.",
        NOV_24,
        [("Monday", "DATE", "2026-11-23", None), ("the end of June", "DATE", "2027-06", "END")],
    ),
    (
        # the act dated in January: its June is this year's, though it is past for the writer
        "The court agreed in January to hear the case, setting up a ruling by the end of June.",
        NOV_24,
        [("January", "DATE", "2026-01", None), ("the end of June", "DATE", "2026-06", "END")],
    ),
    (
        "The regulator approved the bid on April 6, paving the way for the deal to close in May.",
        NOV_24,
        [("April 6", "DATE", "2026-04-06", None), ("May", "DATE", "2026-05", None)],
    ),
    (
        "The team won the semifinal in October, setting up a final in August.",
        NOV_24,
        [("October", "DATE", "2026-10", None), ("August", "DATE", "2027-08", None)],
    ),
    (
        # not a consequence: the past verb after the phrase dates its own event
        "The court agreed to hear the case, setting up a clash that was settled in June.",
        NOV_24,
        [("June", "DATE", "2026-06", None)],
    ),
    (
        # without the phrase the past verb looks back, as before
        "The court heard the case and issued a ruling by the end of June.",
        NOV_24,
        [("the end of June", "DATE", "2026-06", "END")],
    ),
    (
        # the act's own date, before the phrase, keeps the past
        "The court agreed in June to hear the case, setting up a ruling.",
        NOV_24,
        [("June", "DATE", "2026-06", None)],
    ),
]

# 2. "the day", "the week", "the year" told by a clause after it ("the day (that/when) the law took effect",
# "the year she was born") is that event's: unknown (XXXX-XX-XX), never the document date, unless a date
# told just before dates the event: in apposition ("in 1972, the year the town opened a cinema") or in a
# sentence that tells the clause's verb and the word after it ("took effect").
CLAUSE_UNITS = [
    (
        "The law took effect on Sept. 1, 2025. Two cities sued the state the day the law took effect.",
        NOV_24,
        [("Sept. 1, 2025", "DATE", "2025-09-01", None), ("the day", "DATE", "2025-09-01", None)],
    ),
    (
        "Two cities sued the state the day that the law took effect.",
        NOV_24,
        [("the day", "DATE", "XXXX-XX-XX", None)],
    ),
    (
        "Workers left the week the plant closed. He moved there the year she was born.",
        NOV_24,
        [("the week", "DATE", "XXXX-WXX", None), ("the year", "DATE", "XXXX", None)],
    ),
    (
        # the last date is another event's: the clause's year stays unknown
        "She was born in 1950. She moved in 1990. He left the year she was born.",
        NOV_24,
        [("1950", "DATE", "1950", None), ("1990", "DATE", "1990", None), ("the year", "DATE", "XXXX", None)],
    ),
    (
        "The plant closed on March 3, 2020. Workers left the week the plant closed.",
        NOV_24,
        [("March 3, 2020", "DATE", "2020-03-03", None), ("the week", "DATE", "2020-W10", None)],
    ),
    (
        "His uncle was born in 1972, the year the town opened its first cinema.",
        NOV_24,
        [("1972", "DATE", "1972", None), ("the year", "DATE", "1972", None)],
    ),
    ("On the day she went missing, she rang home.", NOV_24, [("the day", "DATE", "XXXX-XX-XX", None)]),
    (
        "She was born in 1950. Her father died the year she was born.",
        NOV_24,
        [("1950", "DATE", "1950", None), ("the year", "DATE", "1950", None)],
    ),
    (
        "Prices rose 5% the week the Fed raised rates, the bank said on Monday.",
        NOV_24,
        [("the week", "DATE", "XXXX-WXX", None), ("Monday", "DATE", "2026-11-23", None)],
    ),
    # no clause: the frame of the sentence's own clause, a "that" of what was said, no event told
    ("Later in the day Reed visited a school.", NOV_24, [("the day", "DATE", "2026-11-24", None)]),
    (
        "The manager admitted at the start of the week that talks with the striker had begun.",
        NOV_24,
        [("the start of the week", "DATE", "2026-W48", "START")],
    ),
    (
        "He arrived on Monday. The day was cold.",
        NOV_24,
        [("Monday", "DATE", "2026-11-23", None), ("The day", "DATE", "2026-11-23", None)],
    ),
]

NOV_20 = dt.date(2026, 11, 20)

# 3. An ordinal season ("The first winter", "her second summer") counts from the date the text last gave,
# never from the document date; with no date before it, its year is unknown. The ordinal is in the extent,
# a possessive outside it (as for "her <first day>"). A noun after it takes the ordinal ("the first winter
# storm"): only the season is tagged, as before.
ORDINAL_SEASONS = [
    (
        "When Lena Weber opened her bakery in 1998, the street had two shops. She trained for three years"
        " before opening the shop. The first winter was hard. By the summer of 1999 she had hired two"
        " assistants.",
        NOV_20,
        [
            ("1998", "DATE", "1998", None),
            ("three years", "DURATION", "P3Y", None),
            ("The first winter", "DATE", "1998-WI", None),
            ("the summer of 1999", "DATE", "1999-SU", None),
        ],
    ),
    ("Her second summer was better.", NOV_20, [("second summer", "DATE", "XXXX-SU", None)]),
    ("The first winter was hard.", NOV_20, [("The first winter", "DATE", "XXXX-WI", None)]),
    (
        # moved in October: the first summer is the next year's
        "The club moved to the city in October 2001. Its first summer there was a success.",
        NOV_20,
        [("October 2001", "DATE", "2001-10", None), ("first summer", "DATE", "2002-SU", None)],
    ),
    (
        "The shop opened in 1998. Her second summer was better.",
        NOV_20,
        [("1998", "DATE", "1998", None), ("second summer", "DATE", "1999-SU", None)],
    ),
    (
        "The war began in 1941. The first winter of the war was hard.",
        NOV_20,
        [("1941", "DATE", "1941", None), ("The first winter", "DATE", "1941-WI", None)],
    ),
    (
        "The first winter storm of the season hit the coast.",
        NOV_20,
        [("winter", "DATE", "2026-WI", None)],
    ),
    ("The first Winter Olympics were held in 1924.", NOV_20, [("1924", "DATE", "1924", None)]),
]

# 4. A pair of months joined by "or" takes one year and one direction: ahead under a future verb, behind
# under a past one.
MONTH_PAIRS = [
    (
        "Arguments are expected in late February or early March.",
        NOV_24,
        [("late February", "DATE", "2027-02", "END"), ("early March", "DATE", "2027-03", "START")],
    ),
    (
        "The vote was held in late February or early March.",
        NOV_24,
        [("late February", "DATE", "2026-02", "END"), ("early March", "DATE", "2026-03", "START")],
    ),
]

CASES = CONSEQUENCE + CLAUSE_UNITS + ORDINAL_SEASONS + MONTH_PAIRS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round30(text, dct, expected):
    assert rows(text, dct) == expected
