"""The scanner's rules for calendar forms: numeric dates, clock times, eras, dates, months, seasons, years.

A table (name, pattern, example) in the scanner's order; `patterns.RULES` puts it before the relative
rules (`patterns_relative.py`), so a calendar date wins over a relative phrase starting at the same place.
The clock times' rules are patterns_clock.py's, spliced in at their place in the order.
"""

from __future__ import annotations

from timeline.temporal import vocab
from timeline.temporal.fragments import (
    AMPM,
    DAY,
    MOD,
    MODP,
    MONTH,
    ORD,
    ORD_WORD,
    PART_OF,
    REL,
    SEASON,
    THAT_YEAR,
    TZ,
    WEEKDAY,
    YEAR,
    YEARX,
)
from timeline.temporal.lunar import LUNAR_HOLIDAYS
from timeline.temporal.patterns_clock import CLOCK_RULES
from timeline.temporal.tensewords import PAST_WORDS
from timeline.temporal.weeknumbers import WEEK_NUMBER_RULES

# A day in words after its month, "March eighth", "May the twenty-first, 2024": the ordinal must end the
# phrase ("the March second-quarter figures", "May first priorities" are no dates); the handler wants the
# month capitalized.
_DAY_IN_WORDS = (
    rf"(?:the\s+)?(?P<dayw>{ORD_WORD})(?![\w-])(?=,?\s+{YEAR}|\s*(?:[.,;:!?)\"”]|\Z)|\s+(?:at|in|on|for|with"
    r"|when|after|before|but|as|from|during|while|and|or|to|this|next|last|that|which|is|was|will|would)\b)"
)

# Words after "and later" that start a clause: a past verb, or a time of its own ("and later that year").
_NEXT_CLAUSE = (
    r"(?:[a-z]+ed|" + "|".join(sorted(PAST_WORDS | {"this", "that", "the", "in", "on", "at", "was"})) + r")\b"
)

# "the April-June period" is a quarter or a half only when its months open and close one.
# The years that straddle two calendar years: (words after "2006/07", example).
_YEAR_SPAN_WORDS: list[tuple[str, str]] = [
    ("financial year", "profits in the 2006/07 financial year"),
    ("fiscal year", "the 2006-07 fiscal year"),
    ("tax year", "the 2019/20 tax year"),
    ("budget year", "the 2010-11 budget year"),
    ("academic year", "the 2021/22 academic year"),
    ("school year", "the 2021-22 school year"),
    ("crop year", "the 1997/98 crop year"),
    ("marketing year", "the 1997-98 marketing year"),
    ("season", "the 2019/20 season"),
    ("campaign", "the 2019-20 campaign"),
]
# The words of an accounting or farm year named with its year: "the fiscal year 1987/88", "the 2024 tax year".
_ACCOUNT_YEAR = "fiscal|financial|budget|crop|marketing|tax|academic|school"
YEAR_SPAN_WHAT = "(?:" + "|".join(words.replace(" ", r"\s+") for words, _ in _YEAR_SPAN_WORDS) + r")\b"
# Two digits, a slash or dash, and the next year, in two digits or four ("06/07", "99-00", "99/2000"): no
# back-references.
_NEXT_YY = (
    "(?:"
    + "|".join(
        f"{tens}(?:"
        + "|".join(
            f"{unit}(?=\\s*[/-]\\s*(?:1\\d|20)?{(tens * 10 + unit + 1) % 100:02d}(?!\\d))"
            for unit in range(10)
        )
        + ")"
        for tens in range(10)
    )
    + ")"
)
_TO = r"\w*\.?\s*(?:-|–|to|through)\s*"
_PERIOD_PAIR = rf"(?:jan{_TO}(?:mar|jun)|apr{_TO}jun|jul{_TO}(?:sep|dec)|oct{_TO}dec)\w*\.?\s+period\b"

CALENDAR_RULES: list[tuple[str, str, str]] = [
    # absolute numeric forms
    (
        "iso",
        r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T\s](?P<H>[0-2]\d):(?P<M>\d\d)(?::(?P<S>\d\d))?"
        # a UTC mark or offset stays in the extent; TIMEX3 values carry no zone
        r"(?:Z|[+-][01]\d:?[0-5]\d)?)?(?![\d-])",
        "2013-03-22T14:00 / 2025-10-25T14:00Z / 2025-10-25T14:00:00+02:00",
    ),
    (
        "slash",
        r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?:\s+(?P<H>[0-2]?\d):(?P<M>\d\d)(?::(?P<S>\d\d))?"
        rf"(?:\s*(?P<ampm>{AMPM}))?(?:\s+(?P<tz>{TZ})\b)?)?(?![\d/])",
        "10/30/89 / 10/21/2025 3:45 PM / 12/03/2024 14:05 GMT",
    ),
    (
        "dotted",
        r"(?<!\d\.)(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:1\d|20)\d\d)"
        # a two-digit year only after a padded day and month: "27.03.15", not a version "17.1.2"
        r"|(?P<d2>0[1-9]|[12]\d|3[01])\.(?P<m2>0[1-9]|1[0-2])\.(?P<yy>\d\d))(?![\d.]\d)",
        "25.10.2025 / 27.03.15",
    ),
    (
        "nth",
        r"(?<=\bon\s)the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)"
        r"(?=\s*(?:[,.;:)]|$|\s+(?:and|at|but|when|after|before|in|with|as|to|for)\b))"
        # "on the 14th and 15th of December": the month after the list (dayfirst)
        rf"(?!\s+(?:and|or|to)\s+(?:the\s+)?{DAY}\s+of\s+{MONTH})",
        "on the 15th",
    ),
    ("compact", r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)", "19980303"),
    # clock times, optionally followed by their day (patterns_clock.py)
    *CLOCK_RULES,
    # eras
    (
        "era",
        r"(?:(?P<circa>c\.|ca\.|circa)\s*)?(?P<n>\d{1,4})\s*(?P<era>BCE?|B\.C\.E?\.?|AD|A\.D\.|CE)(?!\w)"
        r"|(?P<era2>AD|A\.D\.)\s*(?P<n2>\d{1,4})(?!\d)"
        # the first year of a BC range: "499-493 BC", "from 499 to 493 BC"
        r"|(?P<n3>\d{1,4})(?=\s*(?:-|–|to|and)\s*\d{1,4}\s*(?:BCE?|B\.C\.))",
        "480 BC",
    ),
    # full and partial calendar dates
    (
        "mdy",
        rf"{PART_OF}(?:(?P<rel>last|next|this\s+past|this\s+coming|coming|upcoming)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
        # "February, 6, 1996": a stray comma after the month, only when a year follows the day
        rf"(?P<mon>{MONTH})(?:,(?=\s*{DAY},\s*{YEAR}))?\s*(?:(?P<day>{DAY})|{_DAY_IN_WORDS})"
        rf"(?:,?\s*(?:of\s+)?(?P<y>{YEAR}|'\d\d))?"
        # "on March 3 morning": the part of the day after the date
        rf"(?:\s+(?P<tpart>morning|afternoon|evening|night)(?![\w-]))?"
        rf"(?:,?\s+(?P<n>\d{{1,3}})\s*(?P<era>BCE?|B\.C\.))?{THAT_YEAR}",
        "Sept. 30, 1989; last Oct. 23; coming Dec. 15; March eighth; this coming Sunday, March eighth;"
        " March 3 morning",
    ),
    (
        # a night written with the two days it spans, day first: the first day's night (month first, "the
        # night of March 3-4", is joined in compose.night_spans_to)
        "nightspan",
        rf"the\s+(?P<part>night)\s+of\s+(?:the\s+)?(?P<day>{DAY})\s*[-–/]\s*(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s*(?P<y>{YEAR}))?",
        "the night of 8-9 October",
    ),
    (
        "dmy",
        rf"{PART_OF}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s*(?P<y>{YEAR}))?{THAT_YEAR}",
        "30 September 1989",
    ),
    (
        "dayfirst",
        # "3, 4 and 5 March": every day of a list takes the month after its last day
        rf"(?:the\s+(?=\d+(?:st|nd|rd|th)\s+(?:and|or|to)\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s+of\s))?"
        # "from Mon 9 to Fri 13 March": each day may have its weekday before it
        rf"(?:(?P<wd>{WEEKDAY})\.?,?\s+)?"
        rf"(?P<day>{DAY})(?=(?:,\s*{DAY})*(?:,\s*|\s*(?:-|–|to|,?\s*and|or)\s*)(?:(?:{WEEKDAY})\.?,?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?"
        rf"(?P<mon>{MONTH})(?:,?\s*(?P<y>{YEAR}))?)",
        "22-25 April 1951 / 3, 4 and 5 March / the 14th and 15th of December / Mon 9 to Fri 13 March",
    ),
    (
        "nthof",
        rf"the\s+(?P<ord>{ORD}|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\s+(?:day\s+)?of\s+(?:(?P<rel>next|this|last)\s+month"
        rf"|(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
        "the first of next month / the fifth of November / the first day of August",
    ),
    (
        "weekof",
        # "w/c 9 March" (week commencing) and "the weekend of 4-5 April": a range of days names its week too
        rf"(?:the\s+(?P<unit>week|weekend)\s+(?:of|ending|ended|to|commencing|beginning|starting)|(?:the\s+)?w/c)\s+"
        rf"(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:\s*[-–]\s*{DAY})?"
        rf"|(?P<dd>{DAY})(?:\s*[-–]\s*{DAY})?\s+(?:of\s+)?(?P<dmon>{MONTH}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        "the week of Oct. 27 / the weekend of Oct. 25 / the week ending Oct. 17 / w/c 9 March"
        " / the weekend of 4-5 April",
    ),
    (
        "nthweekday",
        rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s*\d)",
        "the first Sunday of March / the last Friday in June 2024",
    ),
    (
        "weekofmonth",
        rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s*\d)",
        "the last week of August",
    ),
    (
        # the quarter or year its article names (period_weeks.py); "the last week of the year 2024" and
        # "of the quarter ended" leave it to the rules of a dated period
        "weekofperiod",
        r"the\s+(?P<ord>first|last|final)\s+week\s+of\s+the\s+(?P<unit>quarter|year)(?![\w-]|\s+(?:\d|ended|ending))",
        "the last week of the quarter / the first week of the year",
    ),
    *WEEK_NUMBER_RULES,
    (
        "lastpart",
        rf"(?:the\s+)?(?P<ord>final|last|closing|opening)\s+(?P<unit>quarter|half)\s+(?:of|in)\s+"
        rf"(?:(?:fiscal\s+)?(?P<y>{YEAR})|(?P<ryear>this|last|next)\s+year(?![\w-]))",
        "the final quarter of 2008 / the final quarter in 2005 / the last quarter of last year",
    ),
    (
        # two quarters that open or close a year are its half: "the first two quarters of 1990" is 1990-H1
        "twoquarters",
        rf"(?:the\s+)?(?P<ord>first|last|final)\s+(?:two|2)\s+quarters\s+(?:of|in)\s+(?:fiscal\s+)?(?P<y>{YEAR})",
        "the first two quarters of 1990 / the last two quarters of 2024",
    ),
    (
        "monthspan",
        rf"the\s+(?=(?:{_PERIOD_PAIR})|[^,.;]{{3,24}}?\s(?:quarter|half)\b)(?P<m1>{MONTH})\s*(?:-|–|to|through)\s*"
        rf"(?P<m2>{MONTH})\s+(?P<unit>quarter|half|period)"
        rf"(?:\s+of\s+(?P<y>{YEAR}))?",
        "the July-September quarter / the April-June period",
    ),
    (
        # a quarter named by the month that closes it, as Australian and company reports write it (dayparts.py
        # takes only March, June, September and December): "the September quarter" is July to September
        "monthquarter",
        rf"(?:the\s+)?(?P<m2>{MONTH})[\s-]+(?P<unit>quarter)(?!\s+(?:of|to|past|after)\s+(?!{YEAR}))"
        rf"(?:\s+of\s+(?P<y>{YEAR}))?",
        "the September quarter / the March quarter of 2001",
    ),
    (
        "holiday",
        rf"{MODP}(?:(?P<rel>this|last|next|that)\s+)?(?P<name>"
        + "|".join(row[0] for row in vocab.FIXED_HOLIDAYS + vocab.EASTER_HOLIDAYS + LUNAR_HOLIDAYS)
        + "|"
        + "|".join(row[0] for row in vocab.WEEKDAY_HOLIDAYS + vocab.DAYS_AFTER_WEEKDAY_HOLIDAYS)
        # "the Christmas holidays", "Easter weekend", "Labor Day weekend": the days a holiday names
        # "the Christmas sales period", "the Easter holiday season": the weeks around it
        + r")(?:\s+(?P<tail>(?:(?:sales|shopping|holiday|festive|travel|party)\s+)?"
        + r"(?:period|season)|holidays?(?:\s+(?:weekend|break))?|weekend|week|break))?"
        # "Christmas night", "on Thanksgiving morning": that part of the holiday
        + r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
        + rf"(?:,?\s+(?P<y>{YEAR}))?",
        "Thanksgiving Day / Easter weekend / the Christmas holidays / the Christmas sales period"
        " / Christmas night",
    ),
    (
        "halfof",
        rf"(?:the\s+)?(?P<which>first|second|latter|last|earlier|later)\s+half\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{YEAR})"
        r"|the\s+(?:(?P<dec>(?:1\d|20)\d0)'?s|'(?P<dec2>\d0)s)"
        r"|the\s+(?P<cent>[1-9]|1\d|2[01])(?:st|nd|rd|th)\s+century)",
        "the latter half of 2008 / the second half of the 19th century",
    ),
    (
        "fyear",
        # "the fiscal year 1987/88", "the financial year 2019-20", "the budget year 1990": an accounting
        # year named with its year after it is one expression (the yspan handler: its first year)
        # a farm year too: "the crop year 1986/87", "the marketing year 1987/88"; and "the tax year 2019-20";
        # without "the" ("profit in financial year 2023-24"), or the year before the words ("the 2024 fiscal
        # year": one year; a span before them is yspan's, "the 2023-24 fiscal year")
        rf"(?:the\s+)?(?:(?:{_ACCOUNT_YEAR})\s+year\s+(?P<y>{YEAR})(?:\s*[/-]\s*(?P<y2>(?:\d\d)?\d\d))?"
        rf"|(?P<yb>{YEAR})\s+(?:{_ACCOUNT_YEAR})\s+year)(?![\w/-])",
        "the fiscal year 1987/88 / the financial year 2019-20 / the budget year 1990 / the crop year 1986/87"
        " / financial year 2023-24 / the 2024 fiscal year",
    ),
    (
        "yspan",
        # "the 2006/07 financial year", "the 2019/20 season", "2006/07": one accounting or sports year that
        # straddles two calendar years (_NEXT_YY checks the second year follows the first)
        rf"(?:the\s+(?=\d{{4}}\s*[/-]\s*(?:\d\d)?\d\d\s+{YEAR_SPAN_WHAT}))?(?P<y>(?:1\d|20){_NEXT_YY})\s*"
        rf"(?:/\s*(?P<y2>(?:\d\d)?\d\d)(?P<what>\s+{YEAR_SPAN_WHAT})?"
        rf"|-\s*(?P<y3>(?:\d\d)?\d\d)(?P<what2>\s+{YEAR_SPAN_WHAT}))(?![\w/-])",
        "the 2006/07 financial year / the 2019-20 season / 2006/07 / the 1999/2000 season",
    ),
    (
        "yseason",
        # "the 1968 Winter Games" names the Games: the year alone is the time
        rf"(?P<y>{YEAR})\s+(?P<season>{SEASON})(?!\w|\s+(?-i:Games|Olympics|Olympic|Paralympics|Universiade)\b)",
        "1982 summer",
    ),
    (
        "quarter_y",
        # "its fiscal 2025 fourth quarter", "FY2024 second-quarter results": the year of a fiscal quarter
        rf"(?:the\s+)?(?:(?:fiscal(?:\s+year)?|FY)\s*)?(?P<y>{YEAR})(?:'s)?\s+(?:fiscal\s+)?(?P<ord>{ORD})[\s-]+"
        rf"(?:fiscal\s+)?(?P<unit>quarter|half)",
        "1989 third quarter / fiscal 2025 fourth quarter",
    ),
    (
        "quarter",
        rf"(?:(?P<det>the|its|their|this\s+year's|last\s+year's|next\s+year's|this|that)\s+)?"
        rf"(?:(?P<rel>latest|current|last|past|previous|same|coming|next|year-earlier|year-ago|comparable"
        rf"|corresponding|recent|just-ended|just\s+ended)\s+)?(?:fiscal\s+|calendar\s+)?"
        rf"(?P<ord>{ORD})[\s-]+(?:fiscal\s+|calendar\s+)?(?P<unit>quarter|half)"
        # "the first quarter of the new year": the year whose first day is nearest (yearly.py); "of the year",
        # "of the fiscal year": the year told of, as "this year"; "of FY25": a fiscal year's two digits
        rf"(?:\s+(?:of|in)\s+(?:(?:fiscal\s+|calendar\s+|FY\s*)?(?P<y>{YEAR})|FY\s*'?(?P<fyy>\d\d)(?![\w/-])"
        rf"|(?P<ryear>this|last|next|the\s+new|the\s+current|the)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year(?![\w-])))?",
        "the third quarter of 1989 / the fourth quarter of FY25 / the first quarter of the new year"
        " / the first half of the year",
    ),
    (
        "qcode",
        rf"{MODP}(?:(?P<q>[1-4])Q(?:\s*(?P<y>{YEAR})|(?P<yy>\d\d))?|Q(?P<q2>[1-4])(?:\s*(?P<y2>{YEAR})|\s*'(?P<yy2>\d\d))?"
        # halves need their year: a bare "H1" is a heading, "1H" anything; "1H24" needs a capital H
        # ("2h30" is a clock)
        rf"|(?P<h>[12])(?:H\s*(?P<hy>{YEAR})|(?-i:H)\s*(?P<hyy>\d\d))|H(?P<h2>[12])\s*(?:(?P<hy2>{YEAR})|'(?P<hyy2>\d\d)))",
        "Q3 2013 / 2Q24 / Q3 '24 / H1 2024 / 1H24",
    ),
    (
        # the first of two centuries joined: "the late 19th (and early 20th centuries)"
        "centuryand",
        rf"{MODP}(?:the\s+)?(?P<ord>{ORD})(?=\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:{MOD}[\s-]*)?"
        rf"(?:{ORD})[\s-]+centuries\b(?:\s+(?P<bc>BC|B\.C\.))?)",
        "the late 19th (and early 20th centuries)",
    ),
    (
        "centuries",
        rf"{MODP}(?P<ord>{ORD})[\s-]+centuries(?:\s+(?P<bc>BC|B\.C\.))?",
        "(the late 19th and) early 20th centuries",
    ),
    (
        "century",
        # "the 15th-century navigator": a hyphened century before its noun is an adjective, and "the" is
        # the noun's ("15th-century" alone is the expression)
        # "the late 19th century" keeps its "the", as "the late 1990s" does ("the late 19th-century town":
        # the noun's)
        rf"(?:the\s+(?=(?:{MOD})[\s-]*(?:{ORD})\s+century))?{MODP}(?:the\s+(?!(?:{ORD})-century\s+(?!BC\b|B\.C\.|and\b|or\b)\w))?(?P<ord>{ORD})[\s-]+century"
        # "the 2nd century AD": the era says what the plain century already is
        rf"(?:\s+(?P<bc>BC|B\.C\.)|\s+(?:(?:AD|CE)\b|A\.D\.))?",
        "the 20th century / the 15th-century navigator",
    ),
    (
        "decade",
        # "the late 1990s" keeps its "the"; in "the post-1990s boom" the prefix makes an adjective and "the"
        # is the noun's
        rf"(?:the\s+(?=(?!post-|pre-){MOD}))?{MODP}(?:the\s+)?(?:(?P<dec>(?:1\d|20)?\d0)'?s|'(?P<dec2>\d0)s)",
        "the 1990s / the post-1990s boom",
    ),
    (
        "decadew",
        rf"{MODP}(?:the\s+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
        "the nineties",
    ),
    (
        "season",
        # "the first winter", "her second summer": an ordinal season of the story (a possessive stays
        # outside the extent, as for "her <first day>")
        rf"(?:the\s+(?={MOD}))?{MODP}(?:(?:the\s+|(?<=\b(?:his|her|its|our)\s)|(?<=\b(?:my)\s)|(?<=\btheir\s))"
        rf"(?P<ord>first|second|third|fourth|fifth)\s+"
        rf"|(?P<rel>{REL}|the\s+(?:next|following|previous|same|past)|the|this\s+past)\s+)?(?P<season>{SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEARX}|'\d\d|\d{{1,4}}(?=\s*(?:BCE?|B\.C\.)))(?:\s*(?P<bc>BCE?|B\.C\.))?"
        # "the winter of 2022-23": a season across the turn of a year is the first year's
        rf"(?:(?<=\d\d\d\d)[-/–](?:\d\d)?\d\d(?![\w/–-]))?)?",
        "the summer of 1998 / the summer of '23 / the first winter / the winter of 2022-23",
    ),
    (
        "month",
        rf"{MODP}(?:(?P<rel>{REL}|the\s+(?:previous|following|same|next))\s+"
        # "following Sept. 11": a day after the month makes it a date, not "following Sept."
        rf"(?!{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:BCE?|B\.C\.))))?(?P<mon>{MONTH})"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{YEARX}|'\d\d))?"
        # "November last year", "November of this year"
        rf"(?:\s+(?P<n>\d{{1,3}})\s*(?P<era>BCE?|B\.C\.))?(?:\s+(?:of\s+)?(?P<ryear>this|last|next)\s+year)?{THAT_YEAR}",
        "early March 1998",
    ),
    (
        "yearperiod",
        rf"(?:the\s+)?(?P<y>{YEAR})\s+(?P<unit>quarter|period|half|first\s+half|second\s+half)(?!\w)",
        "the 1988 quarter",
    ),
    (
        "fiscal",
        rf"{MODP}(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*'?(?P<y>{YEAR}|\d\d)"
        rf"(?:[/-](?P<y2>\d\d))?",
        "fiscal 1989",
    ),
    (
        "year",
        # "closed in 2016 and later reopened": before a verb (or a new time, "and later that year") "and
        # later" opens the next clause and "2016" stands alone; "models from 2016 and later" stays open.
        rf"{MODP}(?:(?P<the>the\s+year)\s+)?(?P<y>{YEARX})(?:\s+(?P<n>BC|B\.C\.))?"
        r"(?P<open>\s+(?:or|and)\s+(?:(?:later|earlier)(?!\s+" + _NEXT_CLAUSE + r")|beyond"
        r"|(?:after|before)(?=\s*(?:[,.;:)]|$))))?",
        "1994 or later",
    ),
]
