"""Table-driven tests of the temporal tagger: every type, value form, anchoring rule and trap.

The document date is Wednesday 22 October 2025 (ISO week 2025-W43) unless a row gives another.
Each row: (text, expected [(extent, type, value), ...] in text order). The whole list must match:
a missing expression, a spurious one or a wrong value fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2025, 10, 22)


def found(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct=dct)]


def ids(cases) -> list[str]:
    return [case[0][:40] for case in cases]


ABSOLUTE = [
    ("It opened on Sept. 30, 1989.", [("Sept. 30, 1989", "DATE", "1989-09-30")]),
    ("Born on 30 September 1989 in Paris.", [("30 September 1989", "DATE", "1989-09-30")]),
    ("It was signed on July 4, 1776.", [("July 4, 1776", "DATE", "1776-07-04")]),
    ("The deal closed in 2017.", [("2017", "DATE", "2017")]),
    ("Sales peaked in October 2017.", [("October 2017", "DATE", "2017-10")]),
    ("Filed 2013-03-22 in court.", [("2013-03-22", "DATE", "2013-03-22")]),
    ("Logged at 2013-03-22T14:00 by the system.", [("2013-03-22T14:00", "TIME", "2013-03-22T14:00")]),
    ("Dated 10/30/89 on the cover.", [("10/30/89", "DATE", "1989-10-30")]),
    ("Dated 30/10/1989 on the cover.", [("30/10/1989", "DATE", "1989-10-30")]),
    ("The file 19980303 was sent.", [("19980303", "DATE", "1998-03-03")]),
    ("In the 1990s prices fell.", [("the 1990s", "DATE", "199")]),
    ("Music of the '80s returned.", [("the '80s", "DATE", "198")]),
    ("In the nineties it grew.", [("the nineties", "DATE", "199")]),
    ("Art of the 20th century.", [("the 20th century", "DATE", "19")]),
    ("Art of the nineteenth century.", [("the nineteenth century", "DATE", "18")]),
    ("Athens fell in 404 BC after the war.", [("404 BC", "DATE", "BC0404")]),
    ("Profit rose in the third quarter of 1989.", [("the third quarter of 1989", "DATE", "1989-Q3")]),
    ("Results for Q3 2013 were weak.", [("Q3 2013", "DATE", "2013-Q3")]),
    ("Results for the 1988 third quarter were weak.", [("the 1988 third quarter", "DATE", "1988-Q3")]),
    ("Results for the second half of 2013 were weak.", [("the second half of 2013", "DATE", "2013-H2")]),
    ("It rained in the summer of 2013.", [("the summer of 2013", "DATE", "2013-SU")]),
    ("It snowed in the winter of 1994.", [("the winter of 1994", "DATE", "1994-WI")]),
    ("Earnings fell in fiscal 1989.", [("fiscal 1989", "DATE", "1989")]),
    ("The plan ran through early 2019.", [("early 2019", "DATE", "2019")]),
    ("The plan ran through mid-1998.", [("mid-1998", "DATE", "1998")]),
    ("Prices rose in late 1998.", [("late 1998", "DATE", "1998")]),
    ("Prices rose at the end of 1999.", [("the end of 1999", "DATE", "1999")]),
    ("Rates fell in early March 1998.", [("early March 1998", "DATE", "1998-03")]),
    ("It began in nineteen ninety-six.", [("nineteen ninety-six", "DATE", "1996")]),
    ("By the year two thousand, it was over.", [("the year two thousand", "DATE", "2000")]),
    ("The war lasted from 1861-1865 in all.", [("1861", "DATE", "1861"), ("1865", "DATE", "1865")]),
    ("The siege of 1915-16 was long.", [("1915", "DATE", "1915"), ("16", "DATE", "1916")]),
    (
        "The battle (22-25 April 1951) was fierce.",
        [("22", "DATE", "1951-04-22"), ("25 April 1951", "DATE", "1951-04-25")],
    ),
    ("The revolt lasted from 499 to 493 BC.", [("499", "DATE", "BC0499"), ("493 BC", "DATE", "BC0493")]),
    ("Fighting ebbed. 1987 saw a new offensive.", [("1987", "DATE", "1987")]),
    ("Life improved in 2007-08, officials said.", [("2007", "DATE", "2007"), ("08", "DATE", "2008")]),
    ("A 1956 uprising was crushed.", [("1956", "DATE", "1956")]),
    ("It was founded in 1949, then grew.", [("1949", "DATE", "1949")]),
    ("On Monday, Oct. 20, the board met.", [("Monday, Oct. 20", "DATE", "2025-10-20")]),
    ("The notes are due March 15, 2007.", [("March 15, 2007", "DATE", "2007-03-15")]),
    (
        "A fair opened on the morning of 14 March 1971.",
        [("the morning of 14 March 1971", "TIME", "1971-03-14TMO")],
    ),
    (
        "The bridge collapsed on the night of 9 October 1803.",
        [("the night of 9 October 1803", "TIME", "1803-10-09TNI")],
    ),
    ("Rents eased in the latter half of 2013.", [("the latter half of 2013", "DATE", "2013-H2")]),
    ("The 1982 summer offensive failed.", [("1982 summer", "DATE", "1982-SU")]),
    ("The army gathered in the autumn of 481 BC.", [("the autumn of 481 BC", "DATE", "BC0481-FA")]),
    ("The king fled on June 20 of 1792.", [("June 20 of 1792", "DATE", "1792-06-20")]),
]

DEICTIC = [
    ("He left yesterday.", [("yesterday", "DATE", "2025-10-21")]),
    ("He arrives tomorrow.", [("tomorrow", "DATE", "2025-10-23")]),
    ("The vote is today.", [("today", "DATE", "2025-10-22")]),
    ("It happened the day before yesterday.", [("the day before yesterday", "DATE", "2025-10-20")]),
    ("Prices fell last week.", [("last week", "DATE", "2025-W42")]),
    ("Prices fell this week.", [("this week", "DATE", "2025-W43")]),
    ("Prices will fall next week.", [("next week", "DATE", "2025-W44")]),
    ("Sales fell last month.", [("last month", "DATE", "2025-09")]),
    ("Sales will rise next month.", [("next month", "DATE", "2025-11")]),
    ("Sales rose this year.", [("this year", "DATE", "2025")]),
    ("Sales rose last year.", [("last year", "DATE", "2024")]),
    ("Sales will rise next year.", [("next year", "DATE", "2026")]),
    ("It will close next quarter.", [("next quarter", "DATE", "2026-Q1")]),
    ("Sales fell last quarter.", [("last quarter", "DATE", "2025-Q3")]),
    ("The board met on Monday.", [("Monday", "DATE", "2025-10-20")]),
    ("The board met Saturday.", [("Saturday", "DATE", "2025-10-18")]),
    ("The board will meet on Saturday.", [("Saturday", "DATE", "2025-10-25")]),
    ("The board will meet on Friday.", [("Friday", "DATE", "2025-10-24")]),
    ("The board met last Friday.", [("last Friday", "DATE", "2025-10-17")]),
    ("A decision is expected as early as Monday.", [("Monday", "DATE", "2025-10-27")]),
    ("Shares rose to mark the listing on Monday.", [("Monday", "DATE", "2025-10-20")]),
    ("Talks are set to resume Monday.", [("Monday", "DATE", "2025-10-27")]),
    ("The board meets next Friday.", [("next Friday", "DATE", "2025-10-24")]),
    ("The board met on Wednesday.", [("Wednesday", "DATE", "2025-10-22")]),
    ("The plant closed in March.", [("March", "DATE", "2025-03")]),
    ("The plant will reopen in March.", [("March", "DATE", "2026-03")]),
    ("The plant closed in August.", [("August", "DATE", "2025-08")]),
    ("The plant will reopen in August.", [("August", "DATE", "2026-08")]),
    ("The plant will reopen in December.", [("December", "DATE", "2025-12")]),
    ("The plant closed last March.", [("last March", "DATE", "2025-03")]),
    ("The plant closed last March 3.", [("last March 3", "DATE", "2025-03-03")]),
    ("He was hurt last Oct. 23 at home.", [("last Oct. 23", "DATE", "2024-10-23")]),
    ("The plant reopens next March 3.", [("next March 3", "DATE", "2026-03-03")]),
    ("It opened this past Oct. 5.", [("this past Oct. 5", "DATE", "2025-10-05")]),
    ("It opens this coming Oct. 5.", [("this coming Oct. 5", "DATE", "2026-10-05")]),
    ("The plant reopens next March.", [("next March", "DATE", "2026-03")]),
    ("The fund was launched on Apr. 2.", [("Apr. 2", "DATE", "2025-04-02")]),
    ("The dividend is payable Jan. 2.", [("Jan. 2", "DATE", "2026-01-02")]),
    ("Shares rose on Oct. 14.", [("Oct. 14", "DATE", "2025-10-14")]),
    ("The offer expires Nov. 21.", [("Nov. 21", "DATE", "2025-11-21")]),
    ("Fans gathered at Christmas.", [("Christmas", "DATE", "2024-12-25")]),  # past: the last one
    ("Fans will gather at Christmas.", [("Christmas", "DATE", "2025-12-25")]),
    ("Stores close on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2025-11-27")]),
    ("Rain fell last spring.", [("last spring", "DATE", "2025-SP")]),
    ("Snow fell last winter.", [("last winter", "DATE", "2024-WI")]),
    ("It will be built this summer.", [("this summer", "DATE", "2025-SU")]),
    ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2025-Q3")]),
    ("Profit will rise in the fourth quarter.", [("the fourth quarter", "DATE", "2025-Q4")]),
    ("Third-quarter profit rose.", [("Third-quarter", "DATE", "2025-Q3")]),
    ("It closed two years ago.", [("two years ago", "DATE", "2023")]),
    ("It closed three days ago.", [("three days ago", "DATE", "2025-10-19")]),
    ("It closed six months ago.", [("six months ago", "DATE", "2025-04")]),
    ("It opens two weeks from now.", [("two weeks from now", "DATE", "2025-11-05")]),
    ("Sales rose earlier this year.", [("earlier this year", "DATE", "2025")]),
    ("Sales rose earlier this month.", [("earlier this month", "DATE", "2025-10")]),
    ("The deal closes at year-end.", [("year-end", "DATE", "2025")]),
    ("The offer runs through the weekend.", [("the weekend", "DATE", "2025-W42-WE")]),
    ("Sales rose in the latest quarter.", [("the latest quarter", "DATE", "2025-Q3")]),
]

ANAPHORIC = [
    (
        "It opened in 1995. The following year it closed.",
        [("1995", "DATE", "1995"), ("The following year", "DATE", "1996")],
    ),
    (
        "It opened on May 22, 1995. Two days later it closed.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("Two days later", "DATE", "1995-05-24")],
    ),
    (
        "It opened on May 22, 1995. The next day it closed.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("The next day", "DATE", "1995-05-23")],
    ),
    (
        "It opened on May 22, 1995, and closed the same day.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("the same day", "DATE", "1995-05-22")],
    ),
    (
        "It opened in March 1995; that month it hired 40.",
        [("March 1995", "DATE", "1995-03"), ("that month", "DATE", "1995-03")],
    ),
    (
        "It opened in 1995; a year earlier it had failed.",
        [("1995", "DATE", "1995"), ("a year earlier", "DATE", "1994")],
    ),
    (
        "It opened in 1995 after failing the previous year.",
        [("1995", "DATE", "1995"), ("the previous year", "DATE", "1994")],
    ),
    (
        "The war began in 1939. In August of that year Poland fell.",
        [("1939", "DATE", "1939"), ("August of that year", "DATE", "1939-08")],
    ),
    (
        "It opened on May 22, 1995. The previous day it was tested.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("The previous day", "DATE", "1995-05-21")],
    ),
    (
        "Profit rose in the third quarter. A year ago it fell.",
        [("the third quarter", "DATE", "2025-Q3"), ("A year ago", "DATE", "2024-Q3")],
    ),
    (
        "Profit rose in the third quarter from the year-earlier quarter.",
        [("the third quarter", "DATE", "2025-Q3"), ("the year-earlier quarter", "DATE", "2024-Q3")],
    ),
    (
        "Results for the third quarter beat the 2024 quarter.",
        [("the third quarter", "DATE", "2025-Q3"), ("the 2024 quarter", "DATE", "2024-Q3")],
    ),
    (
        "Net rose in the third quarter. Losses may last through the third quarter of 2027. "
        "A year ago it earned less.",
        [
            ("the third quarter", "DATE", "2025-Q3"),
            ("the third quarter of 2027", "DATE", "2027-Q3"),
            ("A year ago", "DATE", "2024-Q3"),
        ],
    ),
    (
        "Net rose in the third quarter from the 2024 period; sales rose from a year earlier.",
        [
            ("the third quarter", "DATE", "2025-Q3"),
            ("the 2024 period", "DATE", "2024-Q3"),
            ("a year earlier", "DATE", "2024-Q3"),
        ],
    ),
]

NARRATIVE = [
    (
        "Germany attacked on September 1, 1939. By early October it was over.",
        [("September 1, 1939", "DATE", "1939-09-01"), ("early October", "DATE", "1939-10")],
    ),
    (
        "The siege began on 17 July 1936. On 20 July the city fell. In September it was retaken.",
        [
            ("17 July 1936", "DATE", "1936-07-17"),
            ("20 July", "DATE", "1936-07-20"),
            ("September", "DATE", "1936-09"),
        ],
    ),
    (
        "The army arrived in November 1941. In January it withdrew.",
        [("November 1941", "DATE", "1941-11"), ("January", "DATE", "1942-01")],
    ),
    (
        "The treaty was signed in June 1919. In December it was ratified.",
        [("June 1919", "DATE", "1919-06"), ("December", "DATE", "1919-12")],
    ),
    (
        "Fighting raged from March 19-April 30, 2003 in the south.",
        [("March 19", "DATE", "2003-03-19"), ("April 30, 2003", "DATE", "2003-04-30")],
    ),
    (
        "The Persians attacked in 491 BC. The following year, they landed. In the winter they withdrew.",
        [
            ("491 BC", "DATE", "BC0491"),
            ("The following year", "DATE", "BC0490"),
            ("the winter", "DATE", "BC0489-WI"),  # the winter after 490 BC ends in 489 BC (TimeML's BC year)
        ],
    ),
    (
        "The fleet sailed in 480 BC. In mid-August it reached the strait; a decade earlier it had failed.",
        [
            ("480 BC", "DATE", "BC0480"),
            ("mid-August", "DATE", "BC0480-08"),
            ("a decade earlier", "DATE", "BC0490"),
        ],
    ),
    (
        "The siege began on 20 September 1918. The next spring it ended; the previous April had been quiet.",
        [
            ("20 September 1918", "DATE", "1918-09-20"),
            ("The next spring", "DATE", "1919-SP"),
            ("the previous April", "DATE", "1918-04"),
        ],
    ),
    (
        "The raid came early in 1914; that same day the fleet sailed.",
        [("early in 1914", "DATE", "1914"), ("that same day", "DATE", "1914-XX-XX")],
    ),
    (
        "The port reopened on 11 April 1922. The day before, the strike had ended.",
        [("11 April 1922", "DATE", "1922-04-11"), ("The day before", "DATE", "1922-04-10")],
    ),
    (
        "The war ended in 1953. Funding would end in 1976. In May the army withdrew.",
        [("1953", "DATE", "1953"), ("1976", "DATE", "1976"), ("May", "DATE", "1953-05")],
    ),
    (
        "Talks were held in April and June 1955.",
        [("April", "DATE", "1955-04"), ("June 1955", "DATE", "1955-06")],
    ),
]

DURATIONS = [
    ("The talks lasted three years.", [("three years", "DURATION", "P3Y")]),
    ("The talks lasted two hours.", [("two hours", "DURATION", "PT2H")]),
    ("The talks lasted a week.", [("a week", "DURATION", "P1W")]),
    ("The talks lasted 45 minutes.", [("45 minutes", "DURATION", "PT45M")]),
    ("The talks lasted thirty seconds.", [("thirty seconds", "DURATION", "PT30S")]),
    ("The talks lasted six months.", [("six months", "DURATION", "P6M")]),
    ("The talks lasted two decades.", [("two decades", "DURATION", "P20Y")]),
    ("The talks lasted a century.", [("a century", "DURATION", "P100Y")]),
    ("The talks lasted several years.", [("several years", "DURATION", "PXY")]),
    ("The talks lasted a few days.", [("a few days", "DURATION", "PXD")]),
    ("The talks lasted twenty four hours.", [("twenty four hours", "DURATION", "PT24H")]),
    ("The talks lasted twenty-four hours.", [("twenty-four hours", "DURATION", "PT24H")]),
    ("The talks lasted 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The talks lasted a minute and a half.", [("a minute and a half", "DURATION", "PT1M30S")]),
    ("It rose in the past three years.", [("the past three years", "DURATION", "P3Y")]),
    ("It rose in the first nine months.", [("the first nine months", "DURATION", "P9M")]),
    ("It will rise over the next two weeks.", [("the next two weeks", "DURATION", "P2W")]),
    ("It took more than four hours.", [("more than four hours", "DURATION", "PT4H")]),
    ("It took less than a decade.", [("less than a decade", "DURATION", "P10Y")]),
    ("It took nearly two years.", [("nearly two years", "DURATION", "P2Y")]),
    ("They signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    ("After a 16-hour flight she landed.", [("16-hour", "DURATION", "PT16H")]),
    ("They began a two day rally.", [("two day", "DURATION", "P2D")]),
    ("The talks took two to three weeks.", [("two to three weeks", "DURATION", "PXW")]),
    ("It has been so for years.", [("years", "DURATION", "PXY")]),
    ("It ran for a fortnight.", [("a fortnight", "DURATION", "P2W")]),
    (
        "Sales for the year ended June 30 fell.",
        [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2025-06-30")],
    ),
]

SETS = [
    ("She runs every day.", [("every day", "SET", "P1D")]),
    ("She runs each week.", [("each week", "SET", "P1W")]),
    ("She runs every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The shop opens on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    ("The paper appears daily.", [("daily", "SET", "P1D")]),
    ("The report appears weekly.", [("weekly", "SET", "P1W")]),
    ("Dividends are paid annually.", [("annually", "SET", "P1Y")]),
    ("They meet twice a year.", [("twice a year", "SET", "P1Y")]),
    ("It costs $5 a year.", [("a year", "SET", "P1Y")]),
    ("Fares rose 5% a year.", [("a year", "SET", "P1Y")]),
    ("Flights leave every two weeks.", [("every two weeks", "SET", "P2W")]),
    ("Prices are set every March.", [("every March", "SET", "XXXX-03")]),
]

TIMES = [
    ("The blast came at 10:35 a.m. on Friday.", [("10:35 a.m. on Friday", "TIME", "2025-10-17T10:35")]),
    ("The blast came at 10:35 a.m.", [("10:35 a.m.", "TIME", "2025-10-22T10:35")]),
    # a bare clock time is on the day the text is telling when the tense agrees, else the document's day
    (
        "The ferry sank on Friday. Rescuers arrived at 10 p.m.",
        [("Friday", "DATE", "2025-10-17"), ("10 p.m.", "TIME", "2025-10-17T22:00")],
    ),
    (
        "The vote is on Monday. Polls will open at 7 a.m.",
        [("Monday", "DATE", "2025-10-27"), ("7 a.m.", "TIME", "2025-10-27T07:00")],
    ),
    (
        "The ferry sank on Friday. Officials will speak at 3 p.m.",
        [("Friday", "DATE", "2025-10-17"), ("3 p.m.", "TIME", "2025-10-22T15:00")],
    ),
    # a present verb of schedule ("close", "resume", "expires") puts a bare weekday ahead
    ("Polls close at 5 p.m. EST Monday.", [("5 p.m. EST Monday", "TIME", "2025-10-27T17:00")]),
    ("Polls close at 8 p.m. today.", [("8 p.m. today", "TIME", "2025-10-22T20:00")]),
    ("Bids close at 4 p.m. EST, Nov. 9.", [("4 p.m. EST, Nov. 9", "TIME", "2025-11-09T16:00")]),
    ("The talks resume at noon Monday.", [("noon Monday", "TIME", "2025-10-27T12:00")]),
    ("The offer expires at midnight Friday.", [("midnight Friday", "TIME", "2025-10-24T24:00")]),
    ("He spoke this morning.", [("this morning", "TIME", "2025-10-22TMO")]),
    ("He will speak this evening.", [("this evening", "TIME", "2025-10-22TEV")]),
    ("He spoke last night.", [("last night", "TIME", "2025-10-21TNI")]),
    ("He will speak tonight.", [("tonight", "TIME", "2025-10-22TNI")]),
    ("He spoke yesterday morning.", [("yesterday morning", "TIME", "2025-10-21TMO")]),
    ("The market closed at 4 o'clock.", [("4 o'clock", "TIME", "2025-10-22T04:00")]),
    ("The bell rang at 14:30 GMT.", [("14:30 GMT", "TIME", "2025-10-22T14:30")]),
    ("They marched Friday night.", [("Friday night", "DATE", "2025-10-17TNI")]),
]

REFERENCES = [
    ("Prices are high now.", [("now", "DATE", "PRESENT_REF")]),
    ("He currently leads.", [("currently", "DATE", "PRESENT_REF")]),
    ("The current quarter is weak.", [("The current quarter", "DATE", "2025-Q4")]),
    ("He recently left.", [("recently", "DATE", "PAST_REF")]),
    ("A recent report said so.", [("recent", "DATE", "PAST_REF")]),
    ("In the past, it was cheap.", [("the past", "DATE", "PAST_REF")]),
    ("In the future it will cost more.", [("the future", "DATE", "FUTURE_REF")]),
    ("It will happen soon.", [("soon", "DATE", "FUTURE_REF")]),
    ("It will be sold as soon as possible.", [("as soon as possible", "DATE", "FUTURE_REF")]),
    ("Margins will be thin in the near term.", [("the near term", "DATE", "FUTURE_REF")]),
    ("Prices may fall in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    ("Prices fell over the years.", [("the years", "DURATION", "PXY")]),
    ("It grew in recent years.", [("recent years", "DATE", "PAST_REF")]),
    ("It will grow in coming months.", [("coming months", "DATE", "FUTURE_REF")]),
]

MODS = [
    ("early 2019", "START"),
    ("late 1998", "END"),
    ("mid-1998", "MID"),
    ("the end of 1999", "END"),
    ("the beginning of 2001", "START"),
    ("early March 1998", "START"),
    ("late November", "END"),
    ("more than four hours", "MORE_THAN"),
    ("less than a decade", "LESS_THAN"),
    ("nearly two years", "APPROX"),
    ("earlier this year", "START"),
    ("later this month", "END"),
    ("the early 1980s", "START"),
    ("the middle of December", "MID"),
    ("circa 1500 BC", "APPROX"),
    ("1500 BC", None),
]

INFORMAL = [
    ("see u tmr!!", [("tmr", "DATE", "2025-10-23")]),
    ("so tired tdy", [("tdy", "DATE", "2025-10-22")]),
    ("party this sat at mine", [("this sat", "DATE", "2025-10-25")]),
    ("have a great day everyone", [("day", "DURATION", "P1D")]),
    ("the city glows at night", [("night", "TIME", "2025-10-22TNI")]),
    ("long weekend ahead", [("weekend", "DATE", "2025-W43-WE")]),
    ("Merry Christmas all", [("Christmas", "DATE", "2025-12-25")]),
    ("off to the beach tomorrow morning", [("tomorrow morning", "TIME", "2025-10-23TMO")]),
]

# Ordinary words and amounts that must not be tagged.
NOT_TEMPORAL = [
    "He previously worked there and formerly ran a shop.",  # adverbs of order, not times
    "We may see changes.",
    "They will march on the capital.",
    "They plan to march through town.",
    "The Sunday Times reported it.",
    "We told them so.",
    "He went to the store on foot.",
    "The firm added 2,017 jobs.",
    "It sold for $1999 in the sale.",
    "He finished second in the race.",
    "They made a second attempt.",
    "It weighs 1500 pounds.",
    "The 6-year-old boy smiled.",
    "A 44-year-old man was arrested.",
    "It grew 1999 percent.",
    "Call extension 2017 and ask.",
    "The Boeing 747 landed.",
    "She sat down and wed him.",
    "The sun rose over the hills.",
    "He was in his 30s then.",
    "The electric current was strong.",
    "They will fall in line.",
    "A fall in prices followed.",
    "Spring water is sold here.",
    "Prices rose as soon as trading opened.",
    "The Communist Party daily Granma said so.",
    "She watched High Noon again.",
    "Room 1204 is free.",
    "Flight 2014 was delayed.",
    "He scored 2001 points.",
    "The march was peaceful.",
    "I may go, she may not.",
    "The best of times came.",
    "They met in the second round.",
]


def _check(text: str, expected, dct=DCT) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE, ids=ids(ABSOLUTE))
def test_absolute(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DEICTIC, ids=ids(DEICTIC))
def test_deictic_from_the_document_date(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ANAPHORIC, ids=ids(ANAPHORIC))
def test_anaphoric_from_the_last_date(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NARRATIVE, ids=ids(NARRATIVE))
def test_narrative_dates_chain_off_the_story(text, expected):
    _check(text, expected, dt.date(2009, 12, 19))


@pytest.mark.parametrize(("text", "expected"), DURATIONS, ids=ids(DURATIONS))
def test_durations(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SETS, ids=ids(SETS))
def test_sets(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), TIMES, ids=ids(TIMES))
def test_times_and_parts_of_day(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), REFERENCES, ids=ids(REFERENCES))
def test_references(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), INFORMAL, ids=ids(INFORMAL))
def test_informal_short_messages(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("phrase", "mod"), MODS, ids=[m[0] for m in MODS])
def test_mods(phrase, mod):
    result = tag(f"It happened {phrase}.", dct=DCT)
    assert [t.text for t in result] == [phrase]
    assert result[0].mod == mod


@pytest.mark.parametrize("text", NOT_TEMPORAL, ids=[t[:40] for t in NOT_TEMPORAL])
def test_no_false_positives(text):
    assert found(text) == []
