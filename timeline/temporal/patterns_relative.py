"""The scanner's rules for relative forms: weekdays, day words, "two years ago", spans, sets, "the day".

A table (name, pattern, example) in the scanner's order; `patterns.RULES` puts it after the calendar
rules (`patterns_calendar.py`).
"""

from __future__ import annotations

from timeline.temporal import vocab
from timeline.temporal.fragments import (
    AMPM,
    DAY,
    DAY_TAIL,
    DEICTIC,
    MODP,
    MODP_ADJ,
    MONTH,
    NUM,
    NUMS,
    ORD,
    PART,
    QMOD,
    QTAIL,
    REL,
    SEASON,
    UNIT,
    UNIT_LETTER,
    WEEKDAY,
    YEAR,
    alt,
)

# "mid-morning", "mid afternoon", "the mid-evening": the middle of a part of the day ("midday" is noon).
_MID = r"(?:mid-?|mid\s+)(?=(?:morning|afternoon|evening)\b)"
_YEARAGO_DIR = (
    r"(?:year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|previous-year"
    r"|last\s+year['’]s(?=\s+(?:period|quarter)\b))"  # "sales for last year's quarter"
)
_YEARAGO_UNIT = r"(?:period|quarter|level|month|week|nine\s+months|six\s+months)"

# "following" after a determiner (one space), as an adjective of order: one fixed-width lookbehind a word
_FOLLOWING_DETS = ("the", "a", "an", "its", "his", "her", "their")
_DET_FOLLOWING = "(?:" + "|".join(rf"(?<=\b{det}\s)" for det in _FOLLOWING_DETS) + ")following"

RELATIVE_RULES: list[tuple[str, str, str]] = [
    # weekdays and day words relative to the document date
    (
        "dayedge",
        # lower case only: "told Dawn on Monday" is a name
        # "pre-dawn Monday", "in the predawn hours of Sunday": the small hours, like "the early hours"; an
        # adjective with no day ("a pre-dawn raid") names no time, as TimeBank leaves it
        rf"(?P<edge>(?-i:dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall)|the\s+(?:early|small|wee)\s+hours|(?:small|wee)\s+hours(?!-)"
        r"|the\s+pre-?dawn\s+hours|pre-?dawn(?:\s+hours)?)"
        # "the early hours of Thursday morning": news annotation tags "Thursday morning" alone
        rf"(?!\s+of\s+(?:{WEEKDAY}|{DEICTIC})\s+(?:{PART}))(?:\s+of(?=\s+(?:{WEEKDAY}|{DEICTIC}|{MONTH}|{DAY}\s)))?{DAY_TAIL}",
        "dawn on Monday / the early hours of Sunday / pre-dawn Tuesday",
    ),
    # a weekday with a plural part of the day recurs, as "on Mondays" does: one SET (XXXX-WXX-2TNI)
    (
        "setdaypart",
        rf"(?P<wd>{WEEKDAY})\s+(?P<part>mornings|afternoons|evenings|nights)\b",
        "on Tuesday nights",
    ),
    (
        "weekday",
        # "late on Monday", "early on Tuesday": the mod with "on" between; not after a verb of being ("the
        # train was late on Monday": an adjective, the expression is "Monday")
        # "this coming Sunday", "this past Monday": "this" is part of the expression, the value that of
        # "coming", "past" (days.py drops it)
        rf"(?:(?P<onmod>{vocab.not_adjective('early')}|{vocab.not_adjective('late')})\s+on\s+)?{MODP}(?:(?P<rel>(?:this\s+)?(?:coming|past)|last|next|this|that"
        rf"|(?:the\s+)?previous|(?:the\s+)?following)\s+)?(?P<wd>{WEEKDAY})"
        # "early Tuesday, March 3, 2026", "Tuesday morning, March 3": the date says which weekday
        rf"(?:\s+(?P<part>{PART}))?(?:,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,\s*(?P<y>{YEAR})(?![\w-]))?"
        # "Sat,7pm", "this Sat, 430pm": a message's clock time may stick to its comma and drop its colon
        rf"|(?:,\s*|\s+)(?P<H>[01]?\d)(?:[:.]?(?P<M>[0-5]\d))?\s*(?P<ampm>{AMPM}))?",
        "next Friday night / Wed 9:00am / this Sat, 430pm",
    ),
    (
        "deictic",
        rf"(?:(?P<more>earlier|later|mid-?afternoon|mid-?morning)\s+)?{MODP_ADJ}(?P<dd>{DEICTIC})(?:(?:'s)?\s+(?P<part>{PART}))?",
        "yesterday morning",
    ),
    (
        "part",
        rf"(?:(?P<mod>early|late)\s+(?=the\s+(?:following|next|previous|same)\s))?"
        rf"(?:(?P<rel>this|that(?:\s+same)?|the(?:\s+(?:following|next|previous|same))?|last|early|late|later\s+this"
        # bare "next" only before a part of the day: "next night" is relunit's
        rf"|earlier\s+this|next(?=\s+(?:morning|afternoon|evening)\b))\s+(?P<relmid>{_MID})?"
        # "by mid-morning", "mid afternoon": the middle of that part of the day
        rf"|(?P<mid>{_MID}))(?P<part>(?!overnight){PART})",
        "this evening / the following morning / next morning / mid-morning",
    ),
    # "Rebels shelled the city overnight": an adverb (filters.py keeps "the overnight rate" out)
    ("overnight", rf"(?P<part>overnight)(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}))?", "overnight / overnight Sunday"),
    # relative periods
    (
        "ago",
        rf"{MODP}(?:(?P<qm>{QMOD})\s+)?(?P<n>{NUM})(?:(?:[\s-]+|(?<=\d))(?P<unit>{UNIT})"
        # a web page's "2h ago", "5d ago": a unit's letter after the digits, only before "ago"
        rf"|(?<=\d)(?P<letter>{UNIT_LETTER})(?=\s+ago\b))"
        # "a year and a half ago" (counted in months); "a minute and a half later" stays the span gold writes
        r"(?P<half>(?:(?<=[Yy]ear)|(?<=[Yy]ears))\s+and\s+a\s+half)?"
        rf"(?P<orso>\s+or\s+so)?\s+"
        # not "a year later than planned": a difference from a plan, a DURATION
        rf"(?P<dir>ago|(?:earlier|later)(?!\s+than\b)|from\s+now|hence|previously|back"
        # "sales rose 5% from a year before": "before" with nothing after it counts back from the reference
        r"|before(?=\s*(?:[,;:)]|\.(?!\d)|\Z)))"
        # no count: "Hours later", "decades ago"
        r"|(?P<unit2>minutes|hours|days|weeks|months|years|decades|centuries)\s+(?P<dir2>ago|earlier|later)",
        "two years ago / hours later",
    ),
    (
        "yearago",
        # "the" belongs to the expression only when it heads its phrase: "the year-ago quarter", "from the
        # year earlier"; before another noun it is that noun's ("The <year-ago> results")
        # "the comparable year-ago period": the adjective of comparison belongs to it too
        rf"(?:the\s+(?:(?:comparable|corresponding)\s+)?(?={_YEARAGO_DIR}(?:\s+{_YEARAGO_UNIT}\b|(?!\s+[\w$#]))))?"
        rf"(?P<dir>{_YEARAGO_DIR})"
        rf"(?:\s+(?P<unit>{_YEARAGO_UNIT}))?",
        "the year-earlier quarter",
    ),
    (
        "yearend",
        # "by the year's end", "at month's end", "by week's end": the period's end (mod END)
        r"(?:(?P<rel>this|last|next)\s+|the\s+(?=\w+['’]s\s))?"
        r"(?P<what>year-end|year\s+end|yearend|month-end|(?:year|month|week)['’]s\s+end)"
        r"|(?P<newyear>the\s+new\s+year)(?![-'])",
        "year-end / by the year's end / at month's end / in the new year",
    ),
    (
        "sameperiod",
        # "the same period last year", "the corresponding quarter of 2004": one expression, the compared
        # period moved to that year
        # "the quarter a year ago" (no adjective): the same period, with "a year ago" after it
        r"the\s+(?:(?:same|corresponding|comparable)\s+|(?=(?:quarter|period|half)\s+a\s+year\s+(?:earlier|ago)\b))"
        r"(?P<unit>period|quarter|half|month)\s+(?:(?:of|in)\s+"
        rf"(?P<y>{YEAR})|(?:of\s+)?(?P<back>last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)))",
        "the same period last year / the corresponding quarter of 2004 / the quarter a year ago",
    ),
    (
        "relunit",
        rf"{MODP_ADJ}(?:(?P<more>earlier|later)\s+)?(?P<det>the\s+)?(?:most\s+(?=recent\b))?(?P<rel>{REL}|(?:the|that)\s+same|this\s+past"
        rf"|this\s+coming|nxt)\s+(?:fiscal\s+|calendar\s+|financial\s+(?=year)|budget\s+(?=year))?"
        rf"(?P<unit>day|night|weekend|week|month|quarter|year|decade|century|fortnight|half|period|wknd|wkend|wk|yr)"
        r"(?!-)(?P<orso>\s+or\s+so)?",
        "the next year or so / this wknd / nxt yr / the most recent quarter",
    ),
    (
        # before "duration": "five days a week" is one set, not a span and a set
        "times",
        rf"(?P<n>once|twice|thrice|{NUM}\s+times|{NUM}\s+(?P<part>days|nights|hours))\s+(?:a|an|per|each|every)"
        rf"\s+(?P<unit>{UNIT})",
        "twice a year / five days a week",
    ),
    (
        # before "duration": ".17 of a second" is one span, not an amount and a rate "a second"
        "fraction",
        rf"(?:(?P<qm>{QMOD})\s+)?(?:(?:(?P<frac>\d*\.\d+|{alt(vocab.FRACTIONS)})\s+of|(?P<half>half))\s+(?:a|an|one)\s+"
        # "a quarter century", "a quarter-century": a quarter of one, the "of a" left out
        # ("a quarter century ago" stays untagged, as before: no count of years before "ago")
        r"|(?P<qfrac>a\s+quarter)[\s-](?=century(?!\s+(?:ago|earlier|later|before|after)\b)))"
        r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b(?!-)",
        ".17 of a second / a tenth of a second / half a second / a quarter century",
    ),
    (
        # "open all year long", "it rained all night long": one whole unit; a bare "all day" stays untagged,
        # as TimeBank leaves it, but "worked all night" is the night's length (a night counts as a day, as
        # in "three nights"), not the document date's night
        "alllong",
        r"all\s+(?:(?P<unit>day|night|week|weekend|month|year)\s+long|(?P<night>night)(?![\w-]))",
        "all year long / worked all night",
    ),
    (
        # "for the past three summers": each of those seasons, a set as plural seasons are ("summers"); a
        # season has no ISO unit to count a duration in
        "pastseasons",
        rf"(?:(?:the\s+)?(?:past|last|previous|next|coming)|recent)\s+(?:(?P<n>{NUM})\s+)?"
        # not "falls": "the recent falls of the yen"
        r"(?P<season>springs|summers|autumns|winters)\b",
        "the past three summers / in recent summers",
    ),
    (
        "duration",
        rf"(?:(?P<det>the|a|an|its|their|his|her|each\s+of\s+the|all)\s+)?(?:(?P<qm>{QMOD})\s+)?"
        # "following" counts only after a determiner ("the following five days"); bare, it is a preposition
        # and stays out: "rested following five days of paddling" tags "five days"
        rf"(?:(?P<rel>past|last|next|first|final|previous|coming|{_DET_FOLLOWING}|initial|remaining|latest|other"
        rf"|additional|further|closing|opening|early|late|recent|ensuing|subsequent)\s+)?"
        # "a single day", "one whole week": one unit, the adjective inside the span
        rf"(?P<n>{NUMS})(?:\s+(?:more|additional|full|single|whole|entire|straight|consecutive|trading|business"
        rf"|working|calendar|long))?"
        rf"(?P<sep>[\s-]+|(?<=\d))(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:[\s-](?P<tail>long))?"
        # a bound after the length ("20 minutes or less", "ten days or so"), or a vague second count after one
        # ("a year or two": some years)
        rf"(?:\s+(?:(?P<qt>{QTAIL})|or\s+(?P<alt>two|three))"
        rf"(?!\s+(?:\d|{UNIT}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b))?"
        rf"(?![\s-]old\b|-\s+old\b|-(?:earlier|ago|end|old|on-|over-|to-)|(?<=quarter)[\s-]century\b)",
        "the past three years",
    ),
    (
        # "stayed for a while", "after a little while": an unknown stretch of time (TIMEX3 PXX); "a while ago"
        # is the past (the ref rule)
        "awhile",
        r"a\s+(?:(?:little|short|long|good)\s+)?while(?![\w-]|\s+(?:ago|back|later|earlier|longer)\b)",
        "for a while / after a little while",
    ),
    (
        # "in recent days of trading", "over the past weeks of talks": a span of the recent past before "of"
        # (bare, "days of rage" is no span: dur_bare leaves "of" out)
        "dur_recent",
        # ("the last days of the Raj" are its final days: left to the other rules)
        r"(?P<rel>recent|the\s+past)\s+(?P<unit>years|months|weeks|days|hours)(?=\s+of\b)",
        "in recent days of trading / the past weeks of talks",
    ),
    (
        "dur_bare",
        # "in future quarters": a noun of time makes "future" part of the expression, not "future elections"
        r"(?:(?P<rel>recent|coming|future|past|next|previous|last|early|later|many|the\s+past|the\s+next"
        # "in the following days", "after all these years" ("these days" is the present: the ref rule)
        r"|the\s+following|the\s+ensuing|the\s+subsequent|(?:all\s+)?(?:these|those)(?!\s+days)"
        r"|the\s+coming|the\s+last|the\s+early|the)\s+)?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes"
        r"|quarters)(?:(?P<long>-?long)|(?P<ahead>\s+ahead|\s+to\s+come)?(?!\s+(?:of|old)\b))",
        "recent years / a decades-long feud / in the following days / the months to come",
    ),
    (
        "set",
        # "every six to 12 months", "every 2-3 years": a range of counts is one set of unknown period (PXM);
        # outside a set the two ends of "10-12 hours" are annotated apart
        rf"(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<n>\d{{1,3}}\s*[-–]\s*\d{{1,3}}|{NUMS})\s+)?"
        rf"(?P<unit>morning|afternoon|evening|{UNIT}|{WEEKDAY}|{MONTH}|{SEASON})",
        "every day / every six to 12 months / every afternoon",
    ),
    (
        "freq",
        # "her weekly Tuesday briefing": the frequency is a set of its own and the weekday a date of its own
        # (filters.py), as the instance a past sentence tells of was held that Tuesday
        rf"(?P<fw>{alt(vocab.FREQUENCIES)})",
        "daily / her weekly Tuesday briefing",
    ),
    ("setday", r"(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)", "on Mondays"),
    ("ref", rf"(?P<ref>{alt(vocab.REFERENCES)})", "recently"),
    # the end of a range of days after its first date: "5" of "Oct. 3-5" (dayparts.py checks the date before)
    (
        "dayafter",
        # "April 24 and 25", "March 3, 4 and 5": a list of days in one month (dayparts.py checks its end)
        rf"(?:(?<=[-–])(?<!\d\d\d\d[-–])|(?<=\s[-–]\s)|(?<=\bto\s)|(?<=\bthrough\s)|(?<=\band\s)|(?<=\d,\s))"
        rf"(?P<day>{DAY})(?:,\s*(?P<y>{YEAR}))?"
        r"(?!\s*(?:%|percent\b|per\b|[-–.,/:]\d|[ap]\.?m\b))",
        "Oct. 3-5 / Oct. 3-5, 2024 / April 24 and 25",
    ),
    # an age told as "37 years old", before "yy" takes its number: neither the number nor the unit (a bare
    # unit in a short message) alone; durations.py says whether it is tagged
    ("age", rf"(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+old\b", "she is 16 days old"),
    ("yy", r"(?P<yy>\d\d)", "1915-16"),
    (
        # "the year-long delay", "a yearlong probe": the adjective is a length of one unit
        "unitlong",
        r"(?:(?P<unit>year|month|week|day|hour|decade|century)-|(?P<unit2>year|month|week))long(?![\w-])",
        "the year-long delay / a yearlong probe",
    ),
    (
        "bare",
        r"(?P<unit>days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekends?|months?|years?|spring|summer"
        # "Day 1", "year 3": the number of the day stays inside, as the tweets' annotation has it
        r"|autumn|fall|winter)(?:(?:(?<=[Dd]ay)|(?<=[Yy]ear))\s+\d{1,2}(?![\d:.,]))?",
        "have a great day (in a short message) / Day 2 of the trip",
    ),
    (
        "yearseason",
        # a season with no calendar code (a sports season, the dry season): "last season", "this season",
        # "the end of the season", "the rainy season"; bare "the season" needs a mod (periods.py's
        # handler drops it)
        rf"{MODP_ADJ}(?:(?P<rel>this|last|next|the\s+(?:next|following|previous|coming|current|same|past)|the|that)\s+)?"
        rf"(?:(?P<kind>dry|rainy|wet|monsoon|hurricane|typhoon|harvest|planting|growing|flu"
        rf"|tourist|shopping|campaign|campaigning|fighting|breeding|mating|holiday|festive)\s+)?"
        # "the festive period", "the holiday period": the holiday season by another name
        rf"(?:(?-i:season)|(?:(?<=holiday\s)|(?<=festive\s))period)(?![\w-]|'s\s+(?:greetings)\b"
        rf"|\s+(?:tickets?|opener|finale|premiere|\d))",
        "last season / the end of the season / the dry season",
    ),
    (
        "nthday",
        # "the second day of the talks", "his first day in office": a day of an episode, a DATE
        # (never a one-day duration); "the first day of August" is left to the month's rule
        # a possessive stays outside the extent, as TimeBank annotates it ("his <first day> in office")
        rf"{MODP}(?:(?P<det>the)\s+|(?<=\b(?:his|her|its|our)\s)|(?<=\btheir\s))(?P<ord>{ORD}|opening|final|closing)\s+day"
        rf"(?![\w-]|\s+of\s+(?:{MONTH}|{YEAR}|the\s+(?:year|month|week)\b|(?:this|last|next)\s+(?:year|month|week)\b))",
        "the second day of the talks",
    ),
    (
        "nthunit",
        # "the first month of the trial", "her final year in office": one week, month or year of an episode, a
        # length as "the first two months" is (a possessive stays outside, as for "his first day")
        rf"(?:the\s+|(?<=\b(?:his|her|its|our)\s)|(?<=\btheir\s))(?P<ord>first|second|third|final|opening|initial)"
        # "the third month in a row", "the second year running": a count, no span
        rf"\s+(?P<unit>week|month|year)(?![\w-]|'|’|\s+(?:in\s+a\s+row|running)\b"
        rf"|\s+of\s+(?:{MONTH}|{YEAR}|the\s+(?:year|month|week)\b"
        rf"|(?:this|last|next)\s+(?:year|month|week)\b))",
        "the first month of the trial / her final year in office",
    ),
    (
        "beforelast",
        rf"the\s+(?P<unit>week|weekend|month|year|{WEEKDAY})\s+(?P<which>before\s+last|after\s+next)",
        "the week before last / the year after next / the Friday after next",
    ),
    (
        # "prices rise by the year": yearly (TIMEX3 SET, like "yearly"); "by the year's end" is a date
        "byunit",
        r"(?<=\bby\s)the\s+(?P<unit>second|minute|hour|day|week|month|year)"
        r"(?![-'’\w]|\s+(?:\d|of|end|after|before|when|that|ahead|to\b))",
        "by the year / by the hour",
    ),
    (
        "theunit",
        rf"{MODP_ADJ}(?:(?P<det>the|that|this|the\s+same|the\s+whole|the\s+entire|the\s+full)\s+"
        # "by the end of year": after a mod ending in "of" the article may be left out
        r"|(?<=\sof\s)(?=(?:year|month)\b(?!-|\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)))"
        # "by the end of the working day", "at the close of the trading day": the day of work or trade
        r"(?:fiscal\s+|financial\s+(?=year)|budget\s+(?=year)|(?:holiday|festive)\s+(?=week)"
        r"|(?:working|business|trading)\s+(?=day\b))?"
        r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|morning|afternoon|evening|night"
        r"|time|period)(?!-)"
        # "the month before as prices fell": a clause after the step word leaves it an adverb; so does a
        # phrase of its own ("pounded the night before in air raids"): "before in" is no preposition
        r"(?:\s+(?P<step>before|after|following|earlier|later)"
        r"(?=\s*[,.;:]|\s+(?:as|when|while|because|but|amid|despite|thanks|in|at|during|with)\b))?",
        "the quarter / the end of year / the end of the working day",
    ),
]
