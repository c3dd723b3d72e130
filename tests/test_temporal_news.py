"""Table-driven tests of news phrasings QA found wrong (round 2 of the tagger), with mods and other DCTs.

Each row: (text, document date, expected [(extent, type, value, mod), ...] in text order). The whole list
must match. The default document date is Wednesday 22 October 2025 (ISO week 2025-W43).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2025, 10, 22)
MID_MARCH = dt.date(2025, 3, 14)
LATE_DECEMBER = dt.date(2025, 12, 20)

CASES = [
    # a day and month without a year in news take the document date's year, not an aside's
    (
        "The port handled 440 million tonnes in 2023. Talks collapsed on 3 February.",
        MID_MARCH,
        [("2023", "DATE", "2023", None), ("3 February", "DATE", "2025-02-03", None)],
    ),
    # a past verb without "to"/"until" does not point ahead
    ("The new rules took effect in January.", LATE_DECEMBER, [("January", "DATE", "2025-01", None)]),
    ("He died on Christmas Eve.", DCT, [("Christmas Eve", "DATE", "2024-12-24", None)]),
    ("The tender was extended to Nov. 20.", DCT, [("Nov. 20", "DATE", "2025-11-20", None)]),
    ("He said the plant would open in November.", DCT, [("November", "DATE", "2025-11", None)]),
    ("The bonus will be paid Dec. 19.", DCT, [("Dec. 19", "DATE", "2025-12-19", None)]),
    # present verbs of schedule look ahead
    (
        "The deadline is 11:59 pm EST on Friday.",
        DCT,
        [("11:59 pm EST on Friday", "TIME", "2025-10-24T23:59", None)],
    ),
    ("Voters go to the polls on Sunday.", DCT, [("Sunday", "DATE", "2025-10-26", None)]),
    # a clock time with its day keeps the part of the day inside one expression
    (
        "The attack happened at about 11:30 pm on Saturday night.",
        DCT,
        [("11:30 pm on Saturday night", "TIME", "2025-10-18T23:30", "APPROX")],
    ),
    (
        "The deal expires at midnight on Dec. 31, 2026.",
        DCT,
        [("midnight on Dec. 31, 2026", "TIME", "2026-12-31T24:00", None)],
    ),
    (
        "The talks start at 9 a.m. Monday morning.",
        DCT,
        [("9 a.m. Monday morning", "TIME", "2025-10-27T09:00", None)],
    ),
    ("Shares rose above Monday's closing price.", DCT, [("Monday", "DATE", "2025-10-20", None)]),
    ("The vote is on Sunday.", DCT, [("Sunday", "DATE", "2025-10-26", None)]),
    ("The talks resume Monday.", DCT, [("Monday", "DATE", "2025-10-27", None)]),
    # a present verb that is not one of schedule, or a look back, leaves a bare weekday behind
    ("Police are investigating a fire on Saturday.", DCT, [("Saturday", "DATE", "2025-10-18", None)]),
    ("Shares are up 5% since Monday.", DCT, [("Monday", "DATE", "2025-10-20", None)]),
    ("The stock is up from Friday.", DCT, [("Friday", "DATE", "2025-10-17", None)]),
    # a clock time joins its day in the same phrase; an approximator makes it APPROX
    (
        "The dam burst at around 4am on 12 August.",
        DCT,
        [("4am on 12 August", "TIME", "2025-08-12T04:00", "APPROX")],
    ),
    ("The vote closes at 8 p.m. on Oct. 30.", DCT, [("8 p.m. on Oct. 30", "TIME", "2025-10-30T20:00", None)]),
    ("The talks were held in the week of Oct. 27.", DCT, [("the week of Oct. 27", "DATE", "2025-W44", None)]),
    ("Results are due by the end of the month.", DCT, [("the end of the month", "DATE", "2025-10", "END")]),
    (
        "They want the threshold to be reached by the end of the year.",
        DCT,
        [("the end of the year", "DATE", "2025", "END")],
    ),
    (
        "Ships waited offshore from 3-5 March.",
        MID_MARCH,
        [("3", "DATE", "2025-03-03", None), ("5 March", "DATE", "2025-03-05", None)],
    ),
    (
        "The index fell in the final quarter of 2008.",
        DCT,
        [("the final quarter of 2008", "DATE", "2008-Q4", None)],
    ),
    (
        "The offensive began in the last week of August 1918.",
        DCT,
        [("the last week of August 1918", "DATE", "1918-W35", None)],
    ),
    # March 2026 opens on a Sunday: its first week (the 1st-7th) is mostly the ISO week of the 2nd-8th
    ("We meet in the first week of March.", DCT, [("the first week of March", "DATE", "2026-W10", None)]),
    ("Sales rose in the last half of 1999.", DCT, [("the last half of 1999", "DATE", "1999-H2", None)]),
    ("Rates stay low until 1994 or later.", DCT, [("1994 or later", "DATE", "1994", "ON_OR_AFTER")]),
    ("Plans for 1990 and beyond.", DCT, [("1990 and beyond", "DATE", "1990", "ON_OR_AFTER")]),
    ("It ran in 1990 and after the war.", DCT, [("1990", "DATE", "1990", None)]),
    ("Wages fell in the last half of the '70s.", DCT, [("the last half of the '70s", "DATE", "197", "END")]),
    ("It fell a week or so ago.", DCT, [("a week or so ago", "DATE", "2025-W42", "APPROX")]),
    ("Rates will rise in the next year or so.", DCT, [("the next year or so", "DATE", "2026", "APPROX")]),
    ("A decade ago, the town had no hospital.", DCT, [("A decade ago", "DATE", "2015", None)]),
    ("The talks lasted about two hours.", DCT, [("two hours", "DURATION", "PT2H", "APPROX")]),
    ("The talks lasted two hours.", DCT, [("two hours", "DURATION", "PT2H", None)]),
    ("The report, dated 25.10.2025, was leaked.", DCT, [("25.10.2025", "DATE", "2025-10-25", None)]),
    ("Server 10.1.10.2020 failed; version 3.12.2020.1 shipped.", DCT, []),
    ("He lives on the 5th floor.", DCT, []),
    ("The deal was signed on the 15th.", DCT, [("the 15th", "DATE", "2025-10-15", None)]),
    ("The deal will be signed on the 3rd.", DCT, [("the 3rd", "DATE", "2025-11-03", None)]),
    (
        "The plant shut on 4 March and reopened on the 20th.",
        DCT,
        [("4 March", "DATE", "2025-03-04", None), ("the 20th", "DATE", "2025-03-20", None)],
    ),
    # tense markers: a plan in the past perfect lay behind; -ed adjectives and "set on" mark no tense
    (
        "The permit had been due to end Friday evening.",
        DCT,
        [("Friday evening", "DATE", "2025-10-17TEV", None)],
    ),
    ("The permit is due to end Friday evening.", DCT, [("Friday evening", "DATE", "2025-10-24TEV", None)]),
    (
        "The refund would be sent on a still undecided date in January.",
        DCT,
        [("January", "DATE", "2026-01", None)],
    ),
    ("The index is near the record set on Aug. 6.", DCT, [("Aug. 6", "DATE", "2025-08-06", None)]),
    # "set" reports like "put" unless "to"/"for" follows: half a year either way, the past wins
    (
        "The index is near the record set on Aug. 6.",
        dt.date(2026, 2, 6),
        [("Aug. 6", "DATE", "2025-08-06", None)],
    ),
    ("The court set Friday as the deadline.", DCT, [("Friday", "DATE", "2025-10-17", None)]),
    ("The vote is set for Friday.", DCT, [("Friday", "DATE", "2025-10-24", None)]),
    # the verb after a long aside still gives the tense
    (
        "In January, a week after the opening of the new bridge, a landslide near the quarry buried a truck.",
        DCT,
        [("January", "DATE", "2025-01", None), ("a week", "DURATION", "P1W", None)],
    ),
    # "by" looks ahead unless a past verb governs it
    ("The firm will pay by Friday.", DCT, [("Friday", "DATE", "2025-10-24", None)]),
    ("Ten states had filed reports by Monday.", DCT, [("Monday", "DATE", "2025-10-20", None)]),
    # "would" (a plan reported in the past) puts a bare weekday ahead, but not a possessive one
    ("She said he would be flying to the capital Thursday.", DCT, [("Thursday", "DATE", "2025-10-23", None)]),
    ("They said they would appeal Monday's ruling.", DCT, [("Monday", "DATE", "2025-10-20", None)]),
    # a stop before a closing quote ends the sentence: its words give no tense to the next one
    (
        'He said: "Our aim is peace." Ministers over the weekend grew more candid.',
        DCT,
        [("the weekend", "DATE", "2025-W42-WE", None)],
    ),
    # "mid-afternoon yesterday": that part of the day, mod MID
    (
        "In Tokyo at mid-afternoon yesterday, shares were up.",
        DCT,
        [("mid-afternoon yesterday", "TIME", "2025-10-21TAF", "MID")],
    ),
    ("Shares fell at mid-morning today.", DCT, [("mid-morning today", "TIME", "2025-10-22TMO", "MID")]),
    # "soon" in a past clause orders a story's events; ahead, or after a modal, it is a time
    ("He was soon released from the hospital.", DCT, []),
    ("The rebels soon took the city.", DCT, []),
    ("His lawyer fears they may soon file charges.", DCT, [("soon", "DATE", "FUTURE_REF", None)]),
    ("The firm will open a new plant soon.", DCT, [("soon", "DATE", "FUTURE_REF", None)]),
    # "last Tuesday" counts from the document date even after a story's far dates
    (
        "She came on May 3, 1966. Her son came on June 9, 1979. Last Tuesday a court heard the case.",
        DCT,
        [
            ("May 3, 1966", "DATE", "1966-05-03", None),
            ("June 9, 1979", "DATE", "1979-06-09", None),
            ("Last Tuesday", "DATE", "2025-10-21", None),
        ],
    ),
    # idioms of winning are not days
    ("The rebels carried the day in the council vote.", DCT, []),
    ("A late goal saved the day.", DCT, []),
    ("He came back the day before.", DCT, [("the day before", "DATE", "2025-10-21", None)]),
    # "since" counts from a point behind
    (
        "Detectives have sought the driver since soon after the Oct. 23 crash.",
        dt.date(2026, 5, 6),
        [("Oct. 23", "DATE", "2025-10-23", None)],
    ),
    ("The appeal is heard in May.", dt.date(2025, 3, 29), [("May", "DATE", "2025-05", None)]),
    ("He decided to sell the house in March.", DCT, [("March", "DATE", "2026-03", None)]),
    (
        "The board put off until Tuesday morning any vote.",
        DCT,
        [("Tuesday morning", "DATE", "2025-10-28TMO", None)],
    ),
    (
        "The bank extended its offer until 9 a.m. Friday.",
        DCT,
        [("9 a.m. Friday", "TIME", "2025-10-24T09:00", None)],
    ),
    (
        "He added that a ceremony would still be held on April 24.",
        DCT,
        [("April 24", "DATE", "2026-04-24", None)],
    ),
    ("The island buys about three-quarters of its fuel abroad.", DCT, []),
    ("Profit came after several quarters of losses.", DCT, [("several quarters", "DURATION", "PXQ", None)]),
    ("In today's world, phones rule.", DCT, []),
    ("Today's editions carry the story.", DCT, [("Today", "DATE", "2025-10-22", None)]),
    ('Baker said on ABC\'s "This Week" that talks had failed.', DCT, []),
    ("This week the talks failed.", DCT, [("This week", "DATE", "2025-W43", None)]),
    ("Voters go to the polls on Election Day.", DCT, [("Election Day", "DATE", "2025-11-04", None)]),
    ("The vote was on Election Day 2024.", DCT, [("Election Day 2024", "DATE", "2024-11-05", None)]),
    ("The bill passed 2017 to 1999.", DCT, []),
    ("The motion was carried by a vote of 1204-1187.", DCT, []),
    ("May was a bad month for the airline.", DCT, [("May", "DATE", "2025-05", None)]),
    (
        "The county council approved a budget on 9 November 2022, and work began the following spring.",
        DCT,
        [("9 November 2022", "DATE", "2022-11-09", None), ("the following spring", "DATE", "2023-SP", None)],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_news_phrasings(text, dct, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in tag(text, dct=dct)] == expected
