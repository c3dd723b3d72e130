"""Table-driven tests of tagger round 25: "and later" opening a clause, bare-form pasts after a pronoun,
"the end of the week" in a reported plan, headlines, things asked for, spans to a weekday, live-blog stamps.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_12 = dt.date(2026, 11, 12)  # a Thursday
OCT_27 = dt.date(2026, 10, 27)  # a Tuesday
NOV_9 = dt.date(2026, 11, 9)  # a Monday
NOV_6 = dt.date(2026, 11, 6)  # a Friday
NOV_20 = dt.date(2026, 11, 20)  # a Friday

# 1. "2016 and later" is open-ended, but before a verb or a time of its own "and later" opens the next
# clause and the year stands alone.
AND_LATER = [
    (
        "A similar rule was struck down in 2016 and later revived by a higher court in 2017.",
        NOV_12,
        [("2016", "DATE", "2016", None), ("2017", "DATE", "2017", None)],
    ),
    ("The mill closed in 2016 and later reopened.", NOV_12, [("2016", "DATE", "2016", None)]),
    ("The shop opened in 2016 and later became a cafe.", NOV_12, [("2016", "DATE", "2016", None)]),
    (
        "The shop opened in 2016 and later that year it moved.",
        NOV_12,
        [("2016", "DATE", "2016", None), ("later that year", "DATE", "2016", "END")],
    ),
    ("It fits phones from 2016 and later.", NOV_12, [("2016 and later", "DATE", "2016", "ON_OR_AFTER")]),
    (
        "It fits phones from 2016 and later, she said.",
        NOV_12,
        [("2016 and later", "DATE", "2016", "ON_OR_AFTER")],
    ),
    ("It runs on versions from 2019 or later.", NOV_12, [("2019 or later", "DATE", "2019", "ON_OR_AFTER")]),
]

# 3. A verb whose past is its bare form is a past after "it", "he" or "she" (the present would take -s).
SAME_PAST = [
    (
        "The firm will report on Feb. 3 and now expects sales below the $2 billion it forecast in July.",
        OCT_27,
        [
            ("Feb. 3", "DATE", "2027-02-03", None),
            ("now", "DATE", "PRESENT_REF", None),
            ("July", "DATE", "2026-07", None),
        ],
    ),
    (
        "The firm now expects a loss after the price it cut in July.",
        OCT_27,
        [("now", "DATE", "PRESENT_REF", None), ("July", "DATE", "2026-07", None)],
    ),
    (
        "The team now expects to pass the mark it set in July.",
        OCT_27,
        [("now", "DATE", "PRESENT_REF", None), ("July", "DATE", "2026-07", None)],
    ),
    (
        "The mayor expects the plant he shut in August to reopen.",
        OCT_27,
        [("August", "DATE", "2026-08", None)],
    ),
    ("The mayor will cut the budget in January.", OCT_27, [("January", "DATE", "2027-01", None)]),
]


# 2. "the end of the week" in a plan reported in a new sentence is the week of the saying, not the week of
# the coming date the sentence before named; in that same sentence it still follows the date.
END_OF_WEEK = [
    (
        "She set a hearing for Dec. 15. The governor said he would appeal the order by the end of the week.",
        NOV_12,
        [("Dec. 15", "DATE", "2026-12-15", None), ("the end of the week", "DATE", "2026-W46", "END")],
    ),
    (
        "The fair opens on Dec. 15. Officials told reporters they would add buses by the end of the week.",
        NOV_12,
        [("Dec. 15", "DATE", "2026-12-15", None), ("the end of the week", "DATE", "2026-W46", "END")],
    ),
    (
        "The trial opens on Dec. 15 and should end by the end of the week.",
        NOV_12,
        [("Dec. 15", "DATE", "2026-12-15", None), ("the end of the week", "DATE", "2026-W51", "END")],
    ),
]

# 4. In a headline "to" + verb is a future; a plan made in the past for a weekday of this week stays behind.
HEADLINES = [
    ("Judge to rule Wednesday on dock strike", NOV_9, [("Wednesday", "DATE", "2026-11-11", None)]),
    (
        "Mayor to visit flooded towns on Friday\nThe mayor said the roads were closed.",
        NOV_9,
        [("Friday", "DATE", "2026-11-13", None)],
    ),
    ("Crews went to work Wednesday.", NOV_9, [("Wednesday", "DATE", "2026-11-04", None)]),
    ("A vote planned for Thursday was called off.", NOV_6, [("Thursday", "DATE", "2026-11-05", None)]),
]

# 5. A past weekday in a news story is the one before the document date, even after an older date.
NEWS_WEEKDAY = [
    (
        "Bakers voted on Nov. 1 to strike. Bakers walked out again on Wednesday.",
        NOV_20,
        [("Nov. 1", "DATE", "2026-11-01", None), ("Wednesday", "DATE", "2026-11-18", None)],
    ),
]

# 6. A thing asked for ("called for X to meet on Monday") lies ahead; "opens Tuesday and runs until Sunday"
# ends on the Sunday after the Tuesday.
ASKED_AND_UNTIL = [
    ("The group called for the council to meet on Monday.", NOV_12, [("Monday", "DATE", "2026-11-16", None)]),
    ("The union called for members to strike on Monday.", NOV_12, [("Monday", "DATE", "2026-11-16", None)]),
    (
        "Supporters called for the coach to resign over Saturday's defeat.",
        NOV_12,
        [("Saturday", "DATE", "2026-11-07", None)],
    ),
    ("They waited for the bus to come on Monday.", NOV_12, [("Monday", "DATE", "2026-11-09", None)]),
    (
        "The fair opens Tuesday and runs until Sunday.",
        NOV_12,
        [("Tuesday", "DATE", "2026-11-17", None), ("Sunday", "DATE", "2026-11-22", None)],
    ),
    (
        "The show opens Friday and runs through Sunday.",
        NOV_12,
        [("Friday", "DATE", "2026-11-13", None), ("Sunday", "DATE", "2026-11-15", None)],
    ),
]

# 7. A live-blog stamp at the start of a line is a time on the blog's day, also in Markdown bold or italics;
# entries after midnight are on the next day.
LIVE_BLOG = [
    ("08:55 Delegates are arriving at the hall.", NOV_12, [("08:55", "TIME", "2026-11-12T08:55", None)]),
    (
        "**14:45** Breaking: the talks have ended.\n**15:10** Delegates leave.",
        NOV_12,
        [("14:45", "TIME", "2026-11-12T14:45", None), ("15:10", "TIME", "2026-11-12T15:10", None)],
    ),
    (
        "*23:50* The count goes on.\n**00:20** It is over.",
        NOV_12,
        [("23:50", "TIME", "2026-11-12T23:50", None), ("00:20", "TIME", "2026-11-13T00:20", None)],
    ),
    ("**14:45 The stamp is not closed.", NOV_12, []),
]

CASES = AND_LATER + SAME_PAST + END_OF_WEEK + HEADLINES + NEWS_WEEKDAY + ASKED_AND_UNTIL + LIVE_BLOG


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round25(text, dct, expected):
    assert rows(text, dct) == expected
