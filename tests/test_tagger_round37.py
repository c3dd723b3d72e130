"""Table-driven tests of tagger round 37: which night "overnight" names, told in a perfect or forecast.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_28 = dt.date(2001, 12, 28)  # a Friday
LAST_NIGHT = ("overnight", "TIME", "2001-12-27TNI", None)
TONIGHT = ("overnight", "TIME", "2001-12-28TNI", None)

# 1. A present perfect tells the night just past, as a simple past does; a future or warning the coming one.
PERFECT = [
    ("There has been more fighting overnight in the south.", DEC_28, [LAST_NIGHT]),
    ("The index has fallen overnight.", DEC_28, [LAST_NIGHT]),
    ("Crews have been clearing roads overnight.", DEC_28, [LAST_NIGHT]),
    ("It's been a busy time overnight for the crews.", DEC_28, [LAST_NIGHT]),
    # after being + participle: past, even beside a future main verb
    (
        "A man will face court today after being arrested overnight.",
        DEC_28,
        [("today", "DATE", "2001-12-28", None), LAST_NIGHT],
    ),
    # controls: ahead
    ("Crews will work overnight to clear the roads.", DEC_28, [TONIGHT]),
    ("Police have urged drivers to stay home overnight.", DEC_28, [TONIGHT]),
    ("The bureau has warned of strong winds overnight.", DEC_28, [TONIGHT]),
    ("Forecasters have predicted that hail would fall overnight.", DEC_28, [TONIGHT]),
]

# 2. The adjective before a happening: last night, unless the happening is forecast.
HAPPENING = [
    ("Overnight rain flooded the roads.", DEC_28, [("Overnight", "TIME", "2001-12-27TNI", None)]),
    ("After marathon overnight talks, the unions agreed.", DEC_28, [LAST_NIGHT]),
    ("The overnight blaze destroyed a shed.", DEC_28, [LAST_NIGHT]),
    ("Heavy overnight rain is forecast for the coast.", DEC_28, [TONIGHT]),
    ("Overnight storms could bring down more trees.", DEC_28, [("Overnight", "TIME", "2001-12-28TNI", None)]),
    # controls: no happening, an adjective
    ("The overnight rate stayed at 5 per cent.", DEC_28, []),
    ("Guests booked an overnight stay.", DEC_28, []),
]

# 3. A verb beside "overnight" makes it the adverb: after an auxiliary, before an irregular past.
ADVERB = [
    ("A gunman has overnight shot dead a guard.", DEC_28, [LAST_NIGHT]),
    ("Shares on the exchange overnight fell sharply.", DEC_28, [LAST_NIGHT]),
    # controls: a noun after it
    ("The overnight train was full.", DEC_28, []),
    ("The company became a success almost overnight.", DEC_28, []),
]


NIGHTS = PERFECT + HAPPENING + ADVERB


@pytest.mark.parametrize(("text", "dct", "expected"), NIGHTS, ids=ids(NIGHTS))
def test_overnight_night(text, dct, expected):
    assert rows(text, dct) == expected


# 4. A unit still ahead ("due before the end of the year") after a past period told in an earlier sentence
# is the news period; a plan said then, or a past verb, keeps the told period.
AHEAD_OF_PAST = [
    (
        "The ferry sank in May last year. Changes are due before the end of the year.",
        DEC_28,
        [("May last year", "DATE", "2000-05", None), ("the end of the year", "DATE", "2001", "END")],
    ),
    (
        "The mine closed in March last year. New owners will reopen it by the end of the month.",
        DEC_28,
        [("March last year", "DATE", "2000-03", None), ("the end of the month", "DATE", "2001-12", "END")],
    ),
    # controls
    (
        "The mine closed in 1998. The owners sold the site at the end of the year.",
        DEC_28,
        [("1998", "DATE", "1998", None), ("the end of the year", "DATE", "1998", "END")],
    ),
    (
        "The mine closed in 1998. The owners said they would sell it by the end of the year.",
        DEC_28,
        [("1998", "DATE", "1998", None), ("the end of the year", "DATE", "1998", "END")],
    ),
]

# 5. "as planned", "as expected" keep to a plan and give no tense: the clause's own verb does.
AS_PLANNED = [
    ("Profits rose as expected on Monday.", DEC_28, [("Monday", "DATE", "2001-12-24", None)]),
    ("The strike went ahead as planned on Tuesday.", DEC_28, [("Tuesday", "DATE", "2001-12-25", None)]),
    # controls: ahead
    ("The talks will go ahead as planned on Monday.", DEC_28, [("Monday", "DATE", "2001-12-31", None)]),
    ("The leaders are expected to meet on Monday.", DEC_28, [("Monday", "DATE", "2001-12-31", None)]),
]


@pytest.mark.parametrize(
    ("text", "dct", "expected"), AHEAD_OF_PAST + AS_PLANNED, ids=ids(AHEAD_OF_PAST + AS_PLANNED)
)
def test_ahead_and_as_planned(text, dct, expected):
    assert rows(text, dct) == expected


# 6. A local clock time later than its bracketed conversion to an eastern zone is on the day before it.
CONVERSIONS = [
    (
        "The plane landed at 11:00pm local time (5:30am AEDT) after a long delay.",
        DEC_28,
        [("11:00pm", "TIME", "2001-12-27T23:00", None), ("5:30am AEDT", "TIME", "2001-12-28T05:30", None)],
    ),
    (
        "The blast was at 9:15pm (7:15am ACDT) in the capital.",
        DEC_28,
        [("9:15pm", "TIME", "2001-12-27T21:15", None), ("7:15am ACDT", "TIME", "2001-12-28T07:15", None)],
    ),
    # controls: no midnight between them, or a zone behind the local one
    (
        "The polls closed at 8:00am local time (6:00pm AEDT).",
        DEC_28,
        [("8:00am", "TIME", "2001-12-28T08:00", None), ("6:00pm AEDT", "TIME", "2001-12-28T18:00", None)],
    ),
    (
        "The talks ended at 11pm local time (10pm GMT).",
        DEC_28,
        [("11pm", "TIME", "2001-12-28T23:00", None), ("10pm GMT", "TIME", "2001-12-28T22:00", None)],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CONVERSIONS, ids=ids(CONVERSIONS))
def test_local_time_conversion(text, dct, expected):
    assert rows(text, dct) == expected


# 7. A second verb of the same subject, ahead, takes weekdays in sequence: the second day follows the first.
SEQUENCES = [
    (
        "Voting opens on Monday and closes on Friday.",
        DEC_28,
        [("Monday", "DATE", "2001-12-31", None), ("Friday", "DATE", "2002-01-04", None)],
    ),
    (
        "The envoy will arrive on Monday and leave on Friday.",
        DEC_28,
        [("Monday", "DATE", "2001-12-31", None), ("Friday", "DATE", "2002-01-04", None)],
    ),
    # control: told in the past, each the last such day
    (
        "The envoy arrived on Monday and left on Friday.",
        DEC_28,
        [("Monday", "DATE", "2001-12-24", None), ("Friday", "DATE", "2001-12-28", None)],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SEQUENCES, ids=ids(SEQUENCES))
def test_weekday_sequence(text, dct, expected):
    assert rows(text, dct) == expected


# 8. A happening named just before "overnight" is over: "after a shooting overnight"; not one braced for.
HAPPENED_BEFORE = [
    ("A man is in hospital after a stabbing overnight.", DEC_28, [LAST_NIGHT]),
    ("Police are investigating a shooting overnight in the west.", DEC_28, [LAST_NIGHT]),
    ("Ten people are dead following riots overnight.", DEC_28, [LAST_NIGHT]),
    ("A man is expected to face court after a siege overnight.", DEC_28, [LAST_NIGHT]),
    # controls: awaited, or no happening
    ("Residents are bracing for a storm overnight.", DEC_28, [TONIGHT]),
    ("The team will fly home after a stopover overnight in Singapore.", DEC_28, [TONIGHT]),
    ("Crews are preparing for more fires overnight.", DEC_28, [TONIGHT]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HAPPENED_BEFORE, ids=ids(HAPPENED_BEFORE))
def test_happening_before_overnight(text, dct, expected):
    assert rows(text, dct) == expected


# 10. An ordinal day of an episode told in the past after a year-only reference is the report's day in news.
EPISODE_DAYS = [
    (
        "A firm ran a rafting trip in 1999 that ended in deaths. Its head appeared in court on the first day"
        " of the trial.",
        DEC_28,
        [("1999", "DATE", "1999", None), ("the first day", "DATE", "2001-12-28", None)],
    ),
    # control: a day told before dates it
    (
        "The trial opened on December 3. Its head appeared in court on the second day of the trial.",
        DEC_28,
        [("December 3", "DATE", "2001-12-03", None), ("the second day", "DATE", "2001-12-03", None)],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), EPISODE_DAYS, ids=ids(EPISODE_DAYS))
def test_episode_day(text, dct, expected):
    assert rows(text, dct) == expected


# 11. A weekend written late in the week with no tense is the coming one, unless it is over: "since the
# weekend", "after the weekend's storms".
WEEKENDS = [
    (
        "Crews are still clearing up after the weekend's storms.",
        DEC_28,
        [("the weekend", "DATE", "2001-W51-WE", None)],
    ),
    (
        "Two hikers have been missing since the weekend.",
        DEC_28,
        [("the weekend", "DATE", "2001-W51-WE", None)],
    ),
    # controls: ahead
    ("The council meets after the weekend.", DEC_28, [("the weekend", "DATE", "2001-W52-WE", None)]),
    ("Voters are preparing for the weekend's poll.", DEC_28, [("the weekend", "DATE", "2001-W52-WE", None)]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKENDS, ids=ids(WEEKENDS))
def test_weekend_over(text, dct, expected):
    assert rows(text, dct) == expected


# 12. A quoted "today" or "tomorrow" counts from the day of its saying, dated after the quotation.
QUOTED_DAYS = [
    (
        '"We will be back at the table tomorrow," the union leader said yesterday.',
        DEC_28,
        [("tomorrow", "DATE", "2001-12-28", None), ("yesterday", "DATE", "2001-12-27", None)],
    ),
    (
        '"We met today and made progress," the minister told reporters last night.',
        DEC_28,
        [("today", "DATE", "2001-12-27", None), ("last night", "TIME", "2001-12-27TNI", None)],
    ),
    (
        '"We will meet again tomorrow," he said on Monday.',
        DEC_28,
        [("tomorrow", "DATE", "2001-12-25", None), ("Monday", "DATE", "2001-12-24", None)],
    ),
    (
        '"We found him this morning," police said last night.',
        DEC_28,
        [("this morning", "TIME", "2001-12-27TMO", None), ("last night", "TIME", "2001-12-27TNI", None)],
    ),
    (
        'The minister said yesterday: "We will decide tomorrow."',
        DEC_28,
        [("yesterday", "DATE", "2001-12-27", None), ("tomorrow", "DATE", "2001-12-28", None)],
    ),
    (
        'Speaking last night, the union leader said, "We will be back tomorrow."',
        DEC_28,
        [("last night", "TIME", "2001-12-27TNI", None), ("tomorrow", "DATE", "2001-12-28", None)],
    ),
    # controls: said today
    ('The coach said: "We play again tomorrow."', DEC_28, [("tomorrow", "DATE", "2001-12-29", None)]),
    ('"We will meet again tomorrow," he said.', DEC_28, [("tomorrow", "DATE", "2001-12-29", None)]),
    (
        '"We will meet again tomorrow," she said on Friday.',
        DEC_28,
        [("tomorrow", "DATE", "2001-12-29", None), ("Friday", "DATE", "2001-12-28", None)],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), QUOTED_DAYS, ids=ids(QUOTED_DAYS))
def test_quoted_day_from_saying(text, dct, expected):
    assert rows(text, dct) == expected


# 13. Calendar words in names and labels are no time: a school year, a boat class, a surname, a show.
NAMES = [
    ("The Year 12 results were released on Monday.", DEC_28, [("Monday", "DATE", "2001-12-24", None)]),
    ("The yacht is among 16 boats in the 40s class.", DEC_28, []),
    ("Mr Day said the club would appeal.", DEC_28, []),
    ("The Seven Network's Today Tonight program aired the claims.", DEC_28, []),
    ("He spoke on the Nine Network's Sunday program.", DEC_28, []),
    # controls: times
    ("The 1940s class system was rigid.", DEC_28, [("The 1940s", "DATE", "194", None)]),
    ("Senator Brown said today the party would fight on.", DEC_28, [("today", "DATE", "2001-12-28", None)]),
    ("Today, the minister said the decision was final.", DEC_28, [("Today", "DATE", "2001-12-28", None)]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NAMES, ids=ids(NAMES))
def test_names_and_labels(text, dct, expected):
    assert rows(text, dct) == expected
