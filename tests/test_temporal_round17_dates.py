"""Table-driven tests of session 17's dates round: the day a narrative is at ("this day", anaphoric days
of a story told in years BC), a participle clause after a noun's infinitive ("a force to protect them,
with its first units arriving Tuesday"), and "this quarter's loss" in a story reporting an ended quarter.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

HISTORY_DCT = dt.date(2009, 12, 19)  # a history article's time stamp, decades after its story

# "this day" in a narrative is the day just told; "to this day" and a news story's "this day" are today's.
THIS_DAY = [
    (
        "On 3 March 1871 the rebels stormed the fort near the river. The governor later called this day "
        "the darkest of the war.",
        [("3 March 1871", "DATE", "1871-03-03", None), ("this day", "DATE", "1871-03-03", None)],
    ),
    (
        "On 9 May 1902 the ships sailed from the bay. From this day forward the blockade was over.",
        [("9 May 1902", "DATE", "1902-05-09", None), ("this day", "DATE", "1902-05-09", None)],
    ),
    (
        "On 3 March 1871 the rebels stormed the fort. The town remembers it to this day.",
        [("3 March 1871", "DATE", "1871-03-03", None), ("this day", "DATE", "2009-12-19", None)],
    ),
    ("This day will be remembered, the mayor said.", [("This day", "DATE", "2009-12-19", None)]),
]


@pytest.mark.parametrize(("text", "expected"), THIS_DAY, ids=ids(THIS_DAY))
def test_this_day_in_a_narrative(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# In a story told in years BC an anaphoric day, night, month or part of the day has the story's year and
# nothing else known; before this round they fell back to the document date (2009-12-19).
BC_STORY = "In 512 BC the king crossed the straits. In 508 BC his fleet sailed again. "
BC_DAYS = [
    (
        BC_STORY + "The allies won a second victory that same day.",
        [("that same day", "DATE", "BC0508-XX-XX", None)],
    ),
    (
        BC_STORY + "The rebels took the citadel the next day.",
        [("the next day", "DATE", "BC0508-XX-XX", None)],
    ),
    (
        BC_STORY + "The following month the army withdrew.",
        [("The following month", "DATE", "BC0508-XX", None)],
    ),
    (BC_STORY + "That night the garrison fled.", [("That night", "TIME", "BC0508-XX-XXTNI", None)]),
    (
        BC_STORY + "A messenger arrived on the afternoon of the siege.",
        [("the afternoon", "TIME", "BC0508-XX-XXTAF", None)],
    ),
    (BC_STORY + "Poets from that period praise him.", [("that period", "DATE", "BC0508", None)]),
    (BC_STORY + "Later writers called this day a disaster.", [("this day", "DATE", "BC0508-XX-XX", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), BC_DAYS, ids=[case[0][len(BC_STORY) :][:48] for case in BC_DAYS]
)
def test_anaphoric_days_of_a_bc_story(text, expected):
    found = rows(text, HISTORY_DCT)
    assert found[:2] == [("512 BC", "DATE", "BC0512", None), ("508 BC", "DATE", "BC0508", None)]
    assert found[2:] == expected


NEWS_DCT = dt.date(1990, 8, 15)  # a Wednesday

# A participle clause takes the tense of its main clause, not of an infinitive hanging on a noun before it;
# an infinitive after a verb ("voted to send") is the plan, and the arrival is part of it.
PARTICIPLE = [
    (
        "Ten states voted for a joint force to guard the border, with the first troops arriving Tuesday.",
        [("Tuesday", "DATE", "1990-08-14", None)],
    ),
    (
        "Donors backed a fund to rebuild the port, with the first ships arriving on Monday.",
        [("Monday", "DATE", "1990-08-13", None)],
    ),
    (
        "The council voted to send troops, with the first units arriving Tuesday.",
        [("Tuesday", "DATE", "1990-08-21", None)],
    ),
    (
        "Talks will open in Oslo, with the last delegation arriving Tuesday.",
        [("Tuesday", "DATE", "1990-08-21", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE, ids=ids(PARTICIPLE))
def test_participle_clause_after_a_nouns_infinitive(text, expected):
    assert rows(text, NEWS_DCT) == expected


RESULTS_DCT = dt.date(1989, 11, 1)

# "This quarter's loss" after a quarter's results is that quarter's: no figures exist yet for the quarter
# the story is written in. A forecast, or no ended quarter reported, keeps the document's quarter.
THIS_QUARTER = [
    (
        "The maker posted a net loss of $5 million for the third quarter ended Sept. 30. This quarter's loss "
        "includes a charge of $2 million.",
        [
            ("the third quarter", "DATE", "1989-Q3", None),
            ("Sept. 30", "DATE", "1989-09-30", None),
            ("This quarter", "DATE", "1989-Q3", None),
        ],
    ),
    (
        "The chain posted third-quarter profit of $9 million. This quarter's profit will rise, it said.",
        [("third-quarter", "DATE", "1989-Q3", None), ("This quarter", "DATE", "1989-Q4", None)],
    ),
    ("This quarter's sales have been strong, the chief said.", [("This quarter", "DATE", "1989-Q4", None)]),
    (
        "The firm lost money in the second quarter. This quarter's results include a charge.",
        [("the second quarter", "DATE", "1989-Q2", None), ("This quarter", "DATE", "1989-Q4", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_QUARTER, ids=ids(THIS_QUARTER))
def test_this_quarters_figure_after_results(text, expected):
    assert rows(text, RESULTS_DCT) == expected


# A bare year written after a day of that year ("On October 3 (October 4 in Sydney), 1987,") does not take
# the story back to the year's start: a month told next, earlier in the calendar, is the next year's.
STORY_REACHED = [
    (
        "In March 1987 the league met. On October 3 (October 4 in Sydney), 1987, the final kicked off."
        " In January, ten clubs left the league.",
        [
            ("March 1987", "DATE", "1987-03", None),
            ("October 3", "DATE", "1987-10-03", None),
            ("October 4", "DATE", "1987-10-04", None),
            ("1987", "DATE", "1987", None),
            ("January", "DATE", "1988-01", None),
        ],
    ),
    (
        "On 5 March 1871 the army moved. In 1871 the harvest failed. In January the king died.",
        [
            ("5 March 1871", "DATE", "1871-03-05", None),
            ("1871", "DATE", "1871", None),
            ("January", "DATE", "1871-01", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_REACHED, ids=ids(STORY_REACHED))
def test_a_year_after_its_day_keeps_the_story_there(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A clock time takes the day written after the place whose clock it is: "at 6:12 a.m. Lima time on
# April 2, 2012" is that day's, not the day told before.
CLOCK_OF_A_PLACE = [
    (
        "In May 2011 a survey crew reached the coast. At 6:12 a.m. Lima time on April 2, 2012, it began.",
        [
            ("May 2011", "DATE", "2011-05", None),
            ("6:12 a.m.", "TIME", "2012-04-02T06:12", None),
            ("April 2, 2012", "DATE", "2012-04-02", None),
        ],
    ),
    (
        "The polls closed at 9 p.m. local time on Sunday.",
        [("9 p.m.", "TIME", "2009-12-13T21:00", None), ("Sunday", "DATE", "2009-12-13", None)],
    ),
    (
        "The ferry left at 7 a.m. Lisbon time on 3 May 1999.",
        [("7 a.m.", "TIME", "1999-05-03T07:00", None), ("3 May 1999", "DATE", "1999-05-03", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_OF_A_PLACE, ids=ids(CLOCK_OF_A_PLACE))
def test_clock_time_of_a_place_takes_the_day_after_it(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A capitalized season that opens the name of an event takes the year written after the name, not the
# story's: "Chinese Winter Offensive (early 1951)", "German Spring Offensive of 1918" (section headings).
NAMED_SEASON = [
    (
        "In 1917 the talks failed.  German Spring Offensive of 1918  The general drew up plans.",
        [("1917", "DATE", "1917", None), ("Spring", "DATE", "1918-SP", None), ("1918", "DATE", "1918", None)],
    ),
    (
        "A decree held until 14 September 1978. Northern Winter Offensive (early 1951) Armies moved.",
        [
            ("14 September 1978", "DATE", "1978-09-14", None),
            ("Winter", "DATE", "1951-WI", None),
            ("early 1951", "DATE", "1951", "START"),
        ],
    ),
    (
        "In 1917 the talks failed. In the spring the army of 1918 recruits grew.",
        [
            ("1917", "DATE", "1917", None),
            ("the spring", "DATE", "1917-SP", None),
            ("1918", "DATE", "1918", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_SEASON, ids=ids(NAMED_SEASON))
def test_season_naming_an_event_takes_its_year(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# "this day" after a day told years back is that day, in a text the narrative counts do not call a story;
# "to this day" stays the writer's day, "referred to this day as" does not.
THIS_DAY_AFTER_A_FAR_DAY = [
    (
        "The dam burst on 3 May 1889. The mayor later called this day the worst the town had known.",
        [("3 May 1889", "DATE", "1889-05-03", None), ("this day", "DATE", "1889-05-03", None)],
    ),
    (
        "The ship sank on 14 April 1912. This day is remembered in the town.",
        [("14 April 1912", "DATE", "1912-04-14", None), ("This day", "DATE", "1912-04-14", None)],
    ),
    (
        "It began on 8 August 1918, and it is remembered to this day.",
        [("8 August 1918", "DATE", "1918-08-08", None), ("this day", "DATE", "2009-12-19", None)],
    ),
    (
        "The plant opened on Monday. This day will be remembered, the mayor said.",
        [("Monday", "DATE", "2009-12-14", None), ("This day", "DATE", "2009-12-19", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_DAY_AFTER_A_FAR_DAY, ids=ids(THIS_DAY_AFTER_A_FAR_DAY))
def test_this_day_after_a_far_day(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# An untold count after a date in a story told in years BC keeps its era: "weeks later" is BCXXXX-WXX.
BC_UNTOLD_COUNT = [
    (BC_STORY + "The general died weeks later.", [("weeks later", "DATE", "BCXXXX-WXX", None)]),
    (BC_STORY + "Months later the fleet sailed home.", [("Months later", "DATE", "BCXXXX-XX", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), BC_UNTOLD_COUNT, ids=[case[0][len(BC_STORY) :][:48] for case in BC_UNTOLD_COUNT]
)
def test_untold_count_in_a_bc_story(text, expected):
    assert rows(text, HISTORY_DCT)[2:] == expected


# "the day before Obama's speech" names an event as "the day after his death" does; a date told just before
# dates the event, but a month or a year gives only the day's month or year (not a day counted from the
# period's first day, which fell in the month or year before).
EVENT_DAY = [
    (
        "The president spoke in February. The day before Obama's speech, the minister said he was ready.",
        [("February", "DATE", "2009-02", None), ("The day", "DATE", "2009-02-XX", None)],
    ),
    (
        "The treaty was signed in 1921. The day before the vote, crowds gathered.",
        [("1921", "DATE", "1921", None), ("The day", "DATE", "1921-XX-XX", None)],
    ),
    ("Shares fell the week after Lehman's collapse.", [("the week", "DATE", "XXXX-WXX", None)]),
    (
        "He died on March 3. Crowds gathered the day after his death.",
        [("March 3", "DATE", "2009-03-03", None), ("the day", "DATE", "2009-03-04", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_DAY, ids=ids(EVENT_DAY))
def test_day_before_a_named_event(text, expected):
    assert rows(text, HISTORY_DCT) == expected


TWEET_DCT = dt.date(2012, 11, 22)  # a Thursday

# A weekday suggested ("what about sunday?") lies ahead; one talked about keeps the past.
SUGGESTED = [
    (
        "@tom what about friday night or sat? new ramen spot opened :)",
        [("friday night", "DATE", "2012-11-23TNI", None), ("sat", "DATE", "2012-11-24", None)],
    ),
    ("What about Monday?", [("Monday", "DATE", "2012-11-26", None)]),
    ("They talked about Monday.", [("Monday", "DATE", "2012-11-19", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SUGGESTED, ids=ids(SUGGESTED))
def test_suggested_weekday_lies_ahead(text, expected):
    assert rows(text, TWEET_DCT) == expected


# A period told as the one before the story's ("the previous year", "the previous wet season") is a look
# back: the story stays where it was for the month told next.
LOOKED_BACK = [
    (
        "The siege ended on 20 December 1872. The army kept the gains it had made during the previous year."
        " In January the king returned.",
        [
            ("20 December 1872", "DATE", "1872-12-20", None),
            ("the previous year", "DATE", "1871", None),
            ("January", "DATE", "1873-01", None),
        ],
    ),
    (
        "By March 1602 the clans had regained the valleys they had given up during the previous wet season."
        " On 9 March the chief declared the truce over.",
        [
            ("March 1602", "DATE", "1602-03", None),
            ("the previous wet season", "DATE", "1601", None),
            ("9 March", "DATE", "1602-03-09", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOOKED_BACK, ids=ids(LOOKED_BACK))
def test_a_look_back_leaves_the_story_where_it_was(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A date that only names a happening or a thing ("the March 1847 strike", "the Harbour Tax Act (1849)")
# does not move the story; a span of time ("the May 2010 budget") still may.
NAMED_BY_DATE = [
    (
        "On 2 May 1848 the guild seized the hall. Vermeer, the hero of the March 1847 strike, stepped down."
        " On 19 May the council approved a charter.",
        [
            ("2 May 1848", "DATE", "1848-05-02", None),
            ("March 1847", "DATE", "1847-03", None),
            ("19 May", "DATE", "1848-05-19", None),
        ],
    ),
    (
        "In 1851 the fishermen rose against the Harbour Tax Act (1849) and blocked the port."
        " On 3 September the council gave way.",
        [
            ("1851", "DATE", "1851", None),
            ("1849", "DATE", "1849", None),
            ("3 September", "DATE", "1851-09-03", None),
        ],
    ),
    (
        "In 1893 the reforms began. The May 1894 budget cut spending. In June the deficit fell.",
        [
            ("1893", "DATE", "1893", None),
            ("May 1894", "DATE", "1894-05", None),
            ("June", "DATE", "1894-06", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_DATE, ids=ids(NAMED_BY_DATE))
def test_a_date_naming_a_happening_leaves_the_story(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A date in a past-perfect relative clause ("troops that had crossed the river in late 1863") is a
# flashback, and one after "until" ("lasted until the fall of the city in February 1865") an end point
# ahead: neither moves the story, whose next bare month keeps its year.
FLASHBACK_AND_END_POINT = [
    (
        "In May 1864 the army moved south. Troops that had crossed the river in late 1863 besieged the fort."
        " By June the fort had fallen.",
        [
            ("May 1864", "DATE", "1864-05", None),
            ("late 1863", "DATE", "1863", "END"),
            ("June", "DATE", "1864-06", None),
        ],
    ),
    (
        "In May 1864 the army moved. The siege lasted until the fall of the city in February 1865. By"
        " the start of July, the army had crossed the river.",
        [
            ("May 1864", "DATE", "1864-05", None),
            ("February 1865", "DATE", "1865-02", None),
            ("the start of July", "DATE", "1864-07", "START"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLASHBACK_AND_END_POINT, ids=ids(FLASHBACK_AND_END_POINT))
def test_flashback_and_end_point_leave_the_story(text, expected):
    assert rows(text, HISTORY_DCT) == expected
