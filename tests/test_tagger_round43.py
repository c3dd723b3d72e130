"""Table-driven tests of tagger round 43: news of genres the earlier rounds covered less (sports fixtures,
courts, obituaries, missions, travel and strike advisories, fiscal calendars, history features) and UK and
European dates: weeks named by a day or a range of days, a night of two days written day first, a part of
the day after a date, a weekday's part with its date in brackets, a clock time on a weekday and its date,
halves and quarters "of the year", centuries with their article and era, ages in decades of life, a
relative clause on the subject, a thing warned of.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

MAR_1 = dt.date(2026, 3, 1)  # a Sunday
MAR_2 = dt.date(2026, 3, 2)  # a Monday
MAR_9 = dt.date(2026, 3, 9)  # a Monday
MAY_14 = dt.date(2026, 5, 14)
JUL_27 = dt.date(2026, 7, 27)  # a Monday
JUN_1 = dt.date(2026, 6, 1)

# 1. A week named by one of its days or by a range of days: "w/c" is "week commencing".
WEEKS = [
    (
        "The FA Cup quarter-finals will be played on the weekend of 4-5 April.",
        MAR_9,
        [("the weekend of 4-5 April", "DATE", "2026-W14-WE", None)],
    ),
    (
        "Games are on the weekend of April 4-5.",
        MAR_9,
        [("the weekend of April 4-5", "DATE", "2026-W14-WE", None)],
    ),
    ("Engineering works are planned for w/c 9 March.", MAR_2, [("w/c 9 March", "DATE", "2026-W11", None)]),
    ("Bus diversions apply the w/c 16 March.", MAR_2, [("the w/c 16 March", "DATE", "2026-W12", None)]),
    (
        "The road closes in the week commencing 9 March.",
        MAR_2,
        [("the week commencing 9 March", "DATE", "2026-W11", None)],
    ),
    (
        "Hearings resume the week beginning March 9, 2026.",
        MAR_2,
        [("the week beginning March 9, 2026", "DATE", "2026-W11", None)],
    ),
    # guards: the forms that already held
    (
        "Works are planned for the week of 9 March.",
        MAR_2,
        [("the week of 9 March", "DATE", "2026-W11", None)],
    ),
    (
        "Games are on the weekend of 4 April.",
        MAR_9,
        [("the weekend of 4 April", "DATE", "2026-W14-WE", None)],
    ),
]

# 2. Days written day first: a night of two days, weekdays in a range, a part of the day after a date.
DAY_FIRST = [
    (
        "A further strike is planned for the night of 8-9 October.",
        MAR_2,
        [("the night of 8-9 October", "TIME", "2026-10-08TNI", None)],
    ),
    (
        "Trains will not run on the night of 8th-9th October 2026.",
        MAR_2,
        [("the night of 8th-9th October 2026", "TIME", "2026-10-08TNI", None)],
    ),
    (
        "From Mon 9 to Fri 13 March, the line will close.",
        MAR_2,
        [("Mon 9", "DATE", "2026-03-09", None), ("Fri 13 March", "DATE", "2026-03-13", None)],
    ),
    (
        "The bridge shuts Saturday 7 and Sunday 8 March.",
        MAR_2,
        [("Saturday 7", "DATE", "2026-03-07", None), ("Sunday 8 March", "DATE", "2026-03-08", None)],
    ),
    ("Talks continued on March 3 morning.", MAR_9, [("March 3 morning", "TIME", "2026-03-03TMO", None)]),
    # guards: ranges of plain days stay two dates, as the corpora annotate them
    (
        "The summit will take place on 8-9 October in Brussels.",
        MAR_1,
        [("8", "DATE", "2026-10-08", None), ("9 October", "DATE", "2026-10-09", None)],
    ),
    (
        "Travellers should check before the 3rd of March.",
        MAR_1,
        [("the 3rd of March", "DATE", "2026-03-03", None)],
    ),
    ("Drivers walk out on Tuesday 3 March.", MAR_1, [("Tuesday 3 March", "DATE", "2026-03-03", None)]),
]

# 3. A weekday and its date: a part of the day with the date in brackets, a clock time on the weekday.
WEEKDAY_DATES = [
    (
        "Ministers met on Tuesday evening (March 3) to agree the agenda.",
        MAR_1,
        [("Tuesday evening", "DATE", "2026-03-03TEV", None), ("March 3", "DATE", "2026-03-03", None)],
    ),
    (
        "Crews worked through Tuesday night (March 3) to clear the line.",
        MAR_9,
        [("Tuesday night", "DATE", "2026-03-03TNI", None), ("March 3", "DATE", "2026-03-03", None)],
    ),
    (
        "Controllers will strike until 06:00 on Saturday 1 August.",
        JUL_27,
        [("06:00 on Saturday 1 August", "TIME", "2026-08-01T06:00", None)],
    ),
    (
        "Doors open at 9am on Tuesday 4 August.",
        JUL_27,
        [("9am on Tuesday 4 August", "TIME", "2026-08-04T09:00", None)],
    ),
    # controls: a weekday the date does not fall on stays apart; the month-first form already held
    (
        "Ministers met on Wednesday evening (March 3) to agree the agenda.",
        MAR_9,
        [("Wednesday evening", "DATE", "2026-03-04TEV", None), ("March 3", "DATE", "2026-03-03", None)],
    ),
    (
        "Doors open at 9am on Tuesday, August 4.",
        JUL_27,
        [("9am on Tuesday, August 4", "TIME", "2026-08-04T09:00", None)],
    ),
]

# 4. Fiscal calendars: a half or a quarter "of the year", of a fiscal year's code.
FISCAL = [
    (
        "Sales rose in the first half of the year.",
        MAR_9,
        [("the first half of the year", "DATE", "2026-H1", None)],
    ),
    (
        "Margins should improve in the second half of this year.",
        MAR_9,
        [("the second half of this year", "DATE", "2026-H2", None)],
    ),
    (
        "Orders in the third quarter of the fiscal year will be strong.",
        MAR_9,
        [("the third quarter of the fiscal year", "DATE", "2026-Q3", None)],
    ),
    (
        "Demand slowed in the last quarter of last year.",
        MAR_9,
        [("the last quarter of last year", "DATE", "2025-Q4", None)],
    ),
    (
        "Demand slowed in the final quarter of 2008.",
        MAR_9,
        [("the final quarter of 2008", "DATE", "2008-Q4", None)],
    ),
    # "of the year" is no year said: a past quarter not yet come this year is last year's, as alone
    (
        "Profits rose in the second half of the year.",
        dt.date(2026, 2, 26),
        [("the second half of the year", "DATE", "2025-H2", None)],
    ),
    (
        "The unit lost money in the fourth quarter of FY25.",
        MAR_9,
        [("the fourth quarter of FY25", "DATE", "2025-Q4", None)],
    ),
    (
        "The company expects growth in the fourth quarter of next year.",
        MAR_9,
        [("the fourth quarter of next year", "DATE", "2027-Q4", None)],
    ),
    # guards
    (
        "Orders in the third quarter of fiscal 2026 should benefit.",
        MAY_14,
        [("the third quarter of fiscal 2026", "DATE", "2026-Q3", None)],
    ),
    (
        "It raised its outlook for FY26 on Thursday.",
        MAY_14,
        [("FY26", "DATE", "2026", None), ("Thursday", "DATE", "2026-05-14", None)],
    ),
    ("First-half results beat expectations.", MAY_14, [("First-half", "DATE", "2026-H1", None)]),
]

# 5. History: a century keeps its article with a mod and its era; a decade of life after a possessive is
# an age.
HISTORY = [
    (
        "By the late 19th century the port handled half the grain.",
        JUN_1,
        [("the late 19th century", "DATE", "18", "END")],
    ),
    (
        "The bridge was first built in the 2nd century AD.",
        JUN_1,
        [("the 2nd century AD", "DATE", "01", None)],
    ),
    ("She kept publishing well into her eighties.", JUN_1, []),
    ("In their late twenties they moved to Lyon.", JUN_1, []),
    # guards: a century before its noun, BC, a decade in words, ages in digits
    ("A town of the late 19th-century boom.", JUN_1, [("late 19th-century", "DATE", "18", "END")]),
    (
        "Traders used the harbour in the 3rd century BC.",
        JUN_1,
        [("the 3rd century BC", "DATE", "BC02", None)],
    ),
    ("Jazz boomed in the twenties.", JUN_1, [("the twenties", "DATE", "192", None)]),
    ("In her 30s she moved to Australia.", JUN_1, []),
    ("She began reading astronomy books at age 12.", JUN_1, []),
]

# 6. Tense: a relative clause on the subject gives the main clause none; a thing warned of or called for.
TENSE = [
    (
        "The Gunners, who last lost at home in November, face Chelsea on Wednesday night.",
        MAR_9,
        [("November", "DATE", "2025-11", None), ("Wednesday night", "DATE", "2026-03-11TNI", None)],
    ),
    (
        "Unions have warned of further action during August, the union said.",
        JUL_27,
        [("August", "DATE", "2026-08", None)],
    ),
    (
        "The opposition called for fresh elections in March.",
        dt.date(2026, 2, 10),
        [("March", "DATE", "2026-03", None)],
    ),
    # controls: a clause on an object keeps the reading of the verb before it; a list runs on after a comma
    (
        "The board voted to replace the editor, who was hired in April, after Tuesday's row.",
        dt.date(2026, 12, 4),
        [("April", "DATE", "2026-04", None), ("Tuesday", "DATE", "2026-12-01", None)],
    ),
    (
        "She replaces Ann Lee, who served as treasurer, secretary and vice president until March.",
        dt.date(2026, 10, 20),
        [("March", "DATE", "2026-03", None)],
    ),
    ("The ferry was late on Monday.", MAR_9, [("Monday", "DATE", "2026-03-09", None)]),
]

CASES = WEEKS + DAY_FIRST + WEEKDAY_DATES + FISCAL + HISTORY + TENSE


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round43(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
