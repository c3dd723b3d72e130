"""Table-driven tests of round 10: the writer's future inside a story, quarters whose results are reported,
live-blog clock times, "another winter", present-tense "as of", holiday periods, fixtures.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

# A life told from 1940 on, then what is still to come: a date under "will" lies ahead of the writer,
# not in the story's last year. The document date is Saturday 9 August 2025.
_LIFE = "Born in Lyon on 3 March 1940, he ran a bakery from 1961. He sold it on 4 April 1990. "
OBITUARY = [
    (
        _LIFE + "A funeral will be held on August 21.",
        [("August 21", "DATE", "2025-08-21", None)],
    ),
    (
        _LIFE + "His ashes will be scattered in October.",
        [("October", "DATE", "2025-10", None)],
    ),
    (
        _LIFE + "A wake will take place on Tuesday.",
        [("Tuesday", "DATE", "2025-08-12", None)],
    ),
    (
        _LIFE + "Friends say they'll gather again in June.",
        [("June", "DATE", "2026-06", None)],
    ),
    # the story's own plans keep the story's year
    (
        _LIFE + "He had planned to retire in June.",
        [("June", "DATE", "1990-06", None)],
    ),
    (
        _LIFE + "A buyer took over the ovens on May 2.",
        [("May 2", "DATE", "1990-05-02", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBITUARY, ids=[text[len(_LIFE) :] for text, _ in OBITUARY])
def test_future_in_a_story(text, expected):
    story = [
        ("3 March 1940", "DATE", "1940-03-03", None),
        ("1961", "DATE", "1961", None),
        ("4 April 1990", "DATE", "1990-04-04", None),
    ]
    assert rows(text, dt.date(2025, 8, 9)) == story + expected


# What a quarter named without a year earned is reported once the quarter has ended: the latest ended
# quarter of that number, even under "will report". A deadline or a forecast still looks ahead. The
# document date is Tuesday 3 February 2026.
QUARTER_RESULTS = [
    (
        "The miner will report its fourth-quarter results next week.",
        [("fourth-quarter", "DATE", "2025-Q4", None), ("next week", "DATE", "2026-W07", None)],
    ),
    ("The airline will publish third-quarter earnings.", [("third-quarter", "DATE", "2025-Q3", None)]),
    ("The group will post its second-quarter net profit.", [("second-quarter", "DATE", "2025-Q2", None)]),
    (
        "The brewer will release fourth-quarter and full-year sales.",
        [("fourth-quarter", "DATE", "2025-Q4", None)],
    ),
    # a deadline, a forecast, a plan: the quarter still to come
    (
        "The insurer will report by the end of the third quarter.",
        [("the third quarter", "DATE", "2026-Q3", None)],
    ),
    ("Analysts expect second-quarter sales to rise.", [("second-quarter", "DATE", "2026-Q2", None)]),
    ("The plant will open in the fourth quarter.", [("the fourth quarter", "DATE", "2026-Q4", None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUARTER_RESULTS, ids=ids(QUARTER_RESULTS))
def test_quarter_results(text, expected):
    assert rows(text, dt.date(2026, 2, 3)) == expected


# A clock time that opens a line, before a capitalized sentence, stamps a live-blog entry: a TIME on the
# document date (Thursday 7 May 2026), the next day once the entries have passed midnight.
_BLOG = "Results live, as they happened\n\n"
LIVE_BLOG = [
    (_BLOG + "21:30 Counting has begun.", [("21:30", "TIME", "2026-05-07T21:30", None)]),
    (
        _BLOG
        + "20:00 Doors shut.\n\n23:50 A recount is called.\n\n00:15 The recount starts.\n\n02:05 It ends.",
        [
            ("20:00", "TIME", "2026-05-07T20:00", None),
            ("23:50", "TIME", "2026-05-07T23:50", None),
            ("00:15", "TIME", "2026-05-08T00:15", None),
            ("02:05", "TIME", "2026-05-08T02:05", None),
        ],
    ),
    (_BLOG + "09:10 - Turnout is low so far.", [("09:10", "TIME", "2026-05-07T09:10", None)]),
    # inside a line, a one-digit hour, or before a lower-case word: a score, a verse, a ratio
    (_BLOG + "The final score was 21:30 to the home side.", []),
    (_BLOG + "3:16 For God so loved the world.", []),
    (_BLOG + "10:45 was the ratio they reported.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), LIVE_BLOG, ids=[text[len(_BLOG) :][:48] for text, _ in LIVE_BLOG]
)
def test_live_blog_entries(text, expected):
    assert rows(text, dt.date(2026, 5, 7)) == expected


# "another winter" is one more of them, no particular one: TimeML tags "another week" as a DURATION; a
# season has no ISO unit for a length, so it stays untagged. The document date is Thursday 6 November 2025.
ANOTHER = [
    ("The farmers cannot wait another winter.", []),
    ("The club survived one more summer in the league.", []),
    ("The tenants will stay another year.", [("another year", "DURATION", "P1Y", None)]),
    ("The strike lasted another week.", [("another week", "DURATION", "P1W", None)]),
    ("The harbour froze last winter.", [("last winter", "DATE", "2024-WI", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ANOTHER, ids=ids(ANOTHER))
def test_another_season(text, expected):
    assert rows(text, dt.date(2025, 11, 6)) == expected


# A period or season around a holiday is weeks, not the holiday's day: its month. The document date is
# Thursday 18 January 2007.
HOLIDAY_PERIODS = [
    ("Shops were busy over the Christmas period.", [("Christmas period", "DATE", "2006-12", None)]),
    (
        "Sales rose in the Christmas shopping season.",
        [("Christmas shopping season", "DATE", "2006-12", None)],
    ),
    (
        "Trade slowed in the Thanksgiving holiday period.",
        [("Thanksgiving holiday period", "DATE", "2006-11", None)],
    ),
    ("They met on Christmas Day.", [("Christmas Day", "DATE", "2006-12-25", None)]),
    # the "Year" of "New Year" is no span of a year; "Christmas and New Year ... period" as one expression
    # is left for later (see docs/tagger.md): the first holiday keeps its day
    (
        "Shops were busy through the Christmas and New Year holiday rush.",
        [("Christmas", "DATE", "2006-12-25", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_PERIODS, ids=ids(HOLIDAY_PERIODS))
def test_holiday_periods(text, expected):
    assert rows(text, dt.date(2007, 1, 18)) == expected


# "as of <month>" before a present tense states a figure that stands now: the month is counted from the
# document date (Wednesday 9 April 2008), not from a year the article looked back to.
AS_OF = [
    (
        "The chain opened in 1990, and as of February, it accounts for a third of sales.",
        [("1990", "DATE", "1990", None), ("February", "DATE", "2008-02", None)],
    ),
    (
        "The mill was built in 1990. As of March, the group employs 300 people.",
        [("1990", "DATE", "1990", None), ("March", "DATE", "2008-03", None)],
    ),
    # a past tense keeps the story's year
    (
        "The mill was built in 1990. As of March, the group employed 300 people.",
        [("1990", "DATE", "1990", None), ("March", "DATE", "1990-03", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_OF, ids=ids(AS_OF))
def test_as_of_present(text, expected):
    assert rows(text, dt.date(2008, 4, 9)) == expected


# Round 9 leftovers. The document date is Thursday 6 November 2025.
LEFTOVERS = [
    # a month after a dash or "to" that closes a span of months is a month, not the modal or the verb
    (
        "The March-May period was dry.",
        [("March", "DATE", "2025-03", None), ("May", "DATE", "2025-05", None)],
    ),
    (
        "The March to May period was dry.",
        [("March", "DATE", "2025-03", None), ("May", "DATE", "2025-05", None)],
    ),
    ("Supporters March to Parliament.", []),
    # a present verb of a fixture looks ahead
    ("Arsenal host Chelsea on Saturday.", [("Saturday", "DATE", "2025-11-08", None)]),
    ("The champions travel to Leeds on Sunday.", [("Sunday", "DATE", "2025-11-09", None)]),
    ("The hosts were beaten on Saturday.", [("Saturday", "DATE", "2025-11-01", None)]),
    # "less than two weeks ago" keeps its modifier on the week
    (
        "The chip was shown less than two weeks ago.",
        [("less than two weeks ago", "DATE", "2025-W43", "LESS_THAN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS, ids=ids(LEFTOVERS))
def test_round9_leftovers(text, expected):
    assert rows(text, dt.date(2025, 11, 6)) == expected
