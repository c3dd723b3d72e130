"""Vocabulary of English temporal expressions, as data: each row carries an example of its use.

The patterns (patterns.py) are built from these tables and the normalizer (normalize.py) reads
them back to turn a matched word into a TIMEX3 value part. A new phrasing is a new row here.
"""

from __future__ import annotations

# (regex for the name, month number, example)
MONTHS: list[tuple[str, int, str]] = [
    (r"january|jan\.?", 1, "January 5, 2017 / Jan. 5"),
    (r"february|feb\.?", 2, "February 2017 / Feb. 14"),
    (r"march|mar\.|(?-i:Mar)\.?", 3, "in March / Mar. 3 / 30 Mar (not the verb \"mar\")"),
    (r"april|apr\.?", 4, "April 1"),
    (r"may", 5, "in May"),
    (r"june|jun\.?", 6, "June 30"),
    (r"july|jul\.?", 7, "July 4, 1776"),
    (r"august|aug\.?", 8, "Aug. 7"),
    (r"september|sept\.?|sep\.?", 9, "Sept. 30"),
    (r"october|oct\.?", 10, "Oct. 23"),
    (r"november|nov\.?", 11, "Nov. 25"),
    (r"december|dec\.?", 12, "Dec. 15"),
]

# (regex for the name, ISO weekday 1..7, example)
WEEKDAYS: list[tuple[str, int, str]] = [
    (r"monday|mon\.?", 1, "on Monday / this mon"),
    (r"tuesday|tues?\.?", 2, "Tuesday night / next tues"),
    (r"wednesday|wed\.?", 3, "Wednesday / this wed"),
    (r"thursday|thurs?\.?|thu", 4, "Thursday morning / on thur"),
    (r"friday|fri\.?", 5, "last Friday / this fri"),
    (r"saturday|sat\.?", 6, "Saturday / this sat"),
    (r"sunday|sun\.?", 7, "on Sunday / this sun"),
]

# Cardinal number words, value and example; compounds ("twenty four", "twenty-four") are built from these.
UNITS_WORDS: list[tuple[str, int, str]] = [
    ("one", 1, "one day"),
    ("two", 2, "two weeks"),
    ("three", 3, "three years"),
    ("four", 4, "four months"),
    ("five", 5, "five hours"),
    ("six", 6, "six months"),
    ("seven", 7, "seven days"),
    ("eight", 8, "eight years"),
    ("nine", 9, "the nine months"),
]
TEENS_WORDS: list[tuple[str, int, str]] = [
    ("ten", 10, "ten years"),
    ("eleven", 11, "eleven days"),
    ("twelve", 12, "twelve months"),
    ("thirteen", 13, "thirteen weeks"),
    ("fourteen", 14, "fourteen days"),
    ("fifteen", 15, "fifteen minutes"),
    ("sixteen", 16, "sixteen years"),
    ("seventeen", 17, "seventeen days"),
    ("eighteen", 18, "eighteen months"),
    ("nineteen", 19, "nineteen years"),
]
TENS_WORDS: list[tuple[str, int, str]] = [
    ("twenty", 20, "twenty four hours"),
    ("thirty", 30, "thirty days"),
    ("forty", 40, "forty years"),
    ("fifty", 50, "fifty years"),
    ("sixty", 60, "sixty days"),
    ("seventy", 70, "seventy years"),
    ("eighty", 80, "eighty years"),
    ("ninety", 90, "ninety days"),
]
# Words that stand for a count, with the count (None: unspecified, written X).
COUNT_WORDS: list[tuple[str, int | None, str]] = [
    ("a|an", 1, "a year ago"),
    ("another", 1, "for another week"),
    ("a couple of|a couple|couple of", 2, "a couple of weeks"),
    ("a dozen|dozen", 12, "a dozen years"),
    ("a hundred|one hundred|hundred", 100, "a hundred years"),
    ("a thousand|one thousand|thousand", 1000, "a thousand years"),
    ("half an|half a|a half", None, "half a century"),  # handlers read "half a second", "half an hour ago"
    ("(?<!\\ba\\s)half(?=-hour)", None, "a knockabout half-hour"),  # read as 0.5 by normalize.number
    ("a few|few|several|many|some|numerous|multiple", None, "several years"),
    ("dozens of|scores of|hundreds of|thousands of|millions of", None, "for hundreds of years"),
]

# Ordinals: (regex, value, example)
ORDINALS: list[tuple[str, int, str]] = [
    ("first|1st", 1, "the first quarter"),
    ("second|2nd", 2, "the second half"),
    ("third|3rd", 3, "the third quarter"),
    ("fourth|4th", 4, "fourth-quarter"),
    ("fifth|5th", 5, "the fifth day"),
    ("sixth|6th", 6, "the sixth century"),
    ("seventh|7th", 7, "the seventh century"),
    ("eighth|8th", 8, "the eighth century"),
    ("ninth|9th", 9, "the ninth century"),
    ("tenth|10th", 10, "the tenth century"),
    ("eleventh|11th", 11, "the eleventh century"),
    ("twelfth|12th", 12, "the twelfth century"),
    ("thirteenth|13th", 13, "the 13th century"),
    ("fourteenth|14th", 14, "the 14th century"),
    ("fifteenth|15th", 15, "the 15th century"),
    ("sixteenth|16th", 16, "the 16th century"),
    ("seventeenth|17th", 17, "the 17th century"),
    ("eighteenth|18th", 18, "the 18th century"),
    ("nineteenth|19th", 19, "the 19th century"),
    ("twentieth|20th", 20, "the twentieth century"),
    ("twenty-first|twenty first|21st", 21, "the 21st century"),
    # the rest of a month's days in words: "the twenty-third of May", "March thirty-first"
    ("twenty-second|twenty second|22nd", 22, "the twenty-second of May"),
    ("twenty-third|twenty third|23rd", 23, "the twenty-third of May"),
    ("twenty-fourth|twenty fourth|24th", 24, "December twenty-fourth"),
    ("twenty-fifth|twenty fifth|25th", 25, "December twenty-fifth"),
    ("twenty-sixth|twenty sixth|26th", 26, "the twenty-sixth of June"),
    ("twenty-seventh|twenty seventh|27th", 27, "the twenty-seventh of June"),
    ("twenty-eighth|twenty eighth|28th", 28, "February twenty-eighth"),
    ("twenty-ninth|twenty ninth|29th", 29, "February twenty-ninth"),
    ("thirtieth|30th", 30, "the thirtieth of April"),
    ("thirty-first|thirty first|31st", 31, "March thirty-first"),
]
# Ordinal day words ("the twenty-third of May", "March eighth") are rare in news; days are mostly digits.

# "half a century ago", "half an hour later": half of a unit is a whole count of a smaller one.
HALVES: list[tuple[str, int, str, str]] = [
    ("century", 50, "years", "half a century ago"),
    ("decade", 5, "years", "half a decade ago"),
    ("year", 6, "months", "half a year ago"),
    ("day", 12, "hours", "half a day later"),
    ("hour", 30, "minutes", "half an hour later / a half hour later"),
    ("minute", 30, "seconds", "half a minute later"),
]

# Calendar units: (regex, TIMEX3 duration letter, granularity name, example)
UNITS: list[tuple[str, str, str, str]] = [
    ("seconds?|secs?", "TS", "second", "thirty seconds / wait a sec"),
    ("minutes?|mins?", "TM", "minute", "one minute"),
    ("hours?|hrs?", "TH", "hour", "five hours"),
    ("days?", "D", "day", "two days"),
    ("nights?|nites?", "D", "day", "three nights / every nite"),
    ("weekends?|wknds?|wkends?", "WE", "week", "the weekend / this wknd"),
    ("weeks?|wks?", "W", "week", "a week / 2 wks"),
    ("fortnights?", "2W", "week", "a fortnight"),
    ("months?", "M", "month", "six months"),
    ("quarters?", "Q", "quarter", "two quarters"),
    ("years?|yrs?", "Y", "year", "three years"),
    ("decades?", "DE", "decade", "two decades"),
    ("centuries|century", "CE", "century", "a century"),
    ("millennia|millennium|millenniums", "ML", "millennium", "a millennium"),
]

# A unit's letter after a count on web pages and live blogs, only before "ago" ("5m" alone is five metres):
# (regex, unit word, example).
UNIT_LETTERS: list[tuple[str, str, str]] = [
    ("h", "hours", "Updated 2h ago"),
    ("m", "minutes", "posted 45m ago"),
    ("d", "days", "3d ago"),
    ("w|wk", "weeks", "2w ago"),
    ("mo", "months", "6mo ago"),
    ("y", "years", "1y ago"),
]

# Parts of a unit, written before "of a/an <unit>": (regex, share, example). Digits (".17") are read as such.
FRACTIONS: list[tuple[str, float, str]] = [
    ("a\\s+half|one\\s+half", 0.5, "one half of a second"),
    ("a\\s+third|one\\s+third", 1 / 3, "a third of a year"),
    ("a\\s+quarter|one\\s+quarter", 0.25, "a quarter of an hour"),
    ("a\\s+tenth|one\\s+tenth", 0.1, "a tenth of a second"),
    ("a\\s+hundredth|one\\s+hundredth", 0.01, "a hundredth of a second"),
    ("a\\s+thousandth|one\\s+thousandth", 0.001, "a thousandth of a second"),
]

# Seasons: (regex, TIMEX3 code, example)
SEASONS: list[tuple[str, str, str]] = [
    # not the first word of a bank holiday's name: "the spring bank holiday" is a Monday (WEEKDAY_HOLIDAYS)
    (r"spring(?!\s+bank\s+holiday)", "SP", "last spring"),
    (r"summer(?!\s+bank\s+holiday)", "SU", "this summer"),
    ("fall|autumn", "FA", "in the fall of 1998"),
    ("winter", "WI", "next winter"),
]

# Parts of the day: (regex, TIMEX3 code, example)
PARTS_OF_DAY: list[tuple[str, str, str]] = [
    ("morning", "MO", "Monday morning"),
    ("afternoon|mid-afternoon|mid afternoon", "AF", "this afternoon"),
    ("evening", "EV", "Tuesday evening"),
    ("night|nite|overnight", "NI", "Friday night / last nite"),
    ("midday|noon", "12:00", "noon Monday"),
    ("midnight", "24:00", "midnight Sunday"),
]

# Adverbs and adjectives for the present, past and future: (regex, value, example)
REFERENCES: list[tuple[str, str, str]] = [
    (
        "now|right now|nowadays|currently|at present|presently|these days|the present|present-day|today's",
        "PRESENT_REF",
        "currently",
    ),
    ("current", "PRESENT_REF", "the current quarter"),
    (
        # not "previously", "formerly": TimeML leaves these adverbs of order untagged
        # "some time ago": no count, so no date; "long ago" stays untagged as in TimeBank
        "recently|lately|recent|the past|the recent past|the distant past|some time ago|a while ago"
        "|a while back|a short while ago|a little while ago",
        "PAST_REF",
        "recently",
    ),
    (
        "the future|the near future|the distant future|future|soon|someday|as soon as possible|the near term"
        "|the short term|a later date",
        "FUTURE_REF",
        "in the future",
    ),
]

# Day words relative to the document date: (regex, day offset, example)
DEICTIC_DAYS: list[tuple[str, int, str]] = [
    ("today|this day|tdy|2day", 0, "today"),
    ("tonight|tonite|2nite", 0, "tonight"),
    ("yesterday|ytd|yday|yest", -1, "yesterday"),
    ("tomorrow|tmr|tmrw|tmw|tmrrw|tomo|tomolo|2morrow|2moro|tomorow|tommorow|tommorrow", 1, "tomorrow"),
    ("the day before yesterday", -2, "the day before yesterday"),
    ("the day after tomorrow|the day after tmrw?|the day after 2moro", 2, "the day after tomorrow"),
]

# Fixed-date holidays: (regex, MM-DD, example)
FIXED_HOLIDAYS: list[tuple[str, str, str]] = [
    # an eve before its day: the alternation takes the first name that matches
    (r"christmas eve|xmas eve", "12-24", "Christmas Eve"),
    (r"christmas(?: day)?|xmas", "12-25", "Christmas"),
    (r"new year'?s eve", "12-31", "New Year's Eve"),
    (r"new year'?s(?: day)?", "01-01", "New Year's Day"),
    # without "'s" only before the end of a phrase, capitalized, not after "a" (filters.py)
    (r"new year(?=\s*(?:[!.,;:?]|$))", "01-01", "Happy New Year!"),
    (r"independence day|(?:the )?fourth of july|july fourth", "07-04", "the Fourth of July"),
    (r"halloween", "10-31", "Halloween"),
    (r"valentine'?s day", "02-14", "Valentine's Day"),
    (r"veterans day|armistice day", "11-11", "Veterans Day"),
    (r"boxing day", "12-26", "Boxing Day"),
    (r"st\.? patrick'?s day", "03-17", "St. Patrick's Day"),
    (r"bastille day", "07-14", "Bastille Day"),
    (r"juneteenth", "06-19", "Juneteenth (a US federal holiday since 2021)"),
    (r"may day(?!\s+bank\s+holiday)", "05-01", "May Day"),
]

# Holidays on the n-th weekday of a month: (regex, month, ISO weekday, n (-1 = last), example)
WEEKDAY_HOLIDAYS: list[tuple[str, int, int, int, str]] = [
    (r"thanksgiving(?: day)?", 11, 4, 4, "Thanksgiving Day"),
    (r"memorial day", 5, 1, -1, "Memorial Day"),
    (r"labor day|labour day", 9, 1, 1, "Labor Day"),
    (r"martin luther king(?: jr\.?)? day|mlk day", 1, 1, 3, "Martin Luther King Day"),
    (r"presidents'? day", 2, 1, 3, "Presidents' Day"),
    # the US day (the second Sunday of May); Britain's Mothering Sunday, three weeks before Easter, is
    # another name and left alone
    (r"mother'?s day", 5, 7, 2, "Mother's Day"),
    (r"father'?s day", 6, 7, 3, "Father's Day"),
    (r"columbus day", 10, 1, 2, "Columbus Day"),
    # the second Sunday of February since the NFL's 17-game season (the 2022 game); the first before it
    (r"super bowl sunday", 2, 7, 2, "Super Bowl Sunday"),
    # England and Wales's bank holidays on a Monday (the UK ones "May Day" alone is May 1, FIXED_HOLIDAYS)
    (r"may(?: day)? bank holiday", 5, 1, 1, "the May Day bank holiday (the first Monday of May)"),
    (r"spring bank holiday", 5, 1, -1, "the spring bank holiday"),
    (r"(?:august|summer) bank holiday", 8, 1, -1, "the August bank holiday weekend"),
]

# Holidays some days after the n-th weekday of a month:
# (regex, month, ISO weekday, n, days after it, example)
DAYS_AFTER_WEEKDAY_HOLIDAYS: list[tuple[str, int, int, int, int, str]] = [
    (r"election day", 11, 1, 1, 1, "Election Day (the Tuesday after the first Monday of November)"),
    (r"black friday", 11, 4, 4, 1, "Black Friday (the day after Thanksgiving)"),
    (r"small business saturday", 11, 4, 4, 2, "Small Business Saturday"),
    (r"cyber monday", 11, 4, 4, 4, "Cyber Monday (the Monday after Thanksgiving)"),
]

# Holidays tied to Easter: (regex, day offset from Easter Sunday, example). A longer name first: the
# alternation takes the first that matches, and "Easter" would leave "Monday" of "Easter Monday".
EASTER_HOLIDAYS: list[tuple[str, int, str]] = [
    (r"easter monday", 1, "Easter Monday"),
    (r"easter(?: sunday)?", 0, "Easter"),
    (r"good friday", -2, "Good Friday"),
    (r"holy saturday", -1, "Holy Saturday"),
    (r"maundy thursday|holy thursday", -3, "Maundy Thursday"),
    (r"palm sunday", -7, "Palm Sunday"),
    (r"ash wednesday", -46, "Ash Wednesday"),
    # not "Mardi Gras": as often the carnival and its weeks of parades as the Tuesday
    (r"shrove tuesday|pancake day", -47, "Shrove Tuesday / Pancake Day"),
    (r"ascension day|ascension thursday", 39, "Ascension Day"),
    (r"whit monday|whitmonday|pentecost monday", 50, "Whit Monday"),
    (r"pentecost(?: sunday)?|whit sunday|whitsunday|whitsun", 49, "Pentecost"),
    # a week, not a day: the holiday's handler gives it the ISO week of Easter Sunday (Monday to Sunday)
    (r"holy week", 0, "Holy Week"),
]

# Frequency adverbs: (regex, SET value, example)
FREQUENCIES: list[tuple[str, str, str]] = [
    ("hourly", "PT1H", "hourly updates"),
    ("daily|nightly", "P1D", "daily"),
    ("weekly", "P1W", "weekly"),
    ("monthly", "P1M", "monthly"),
    # "bi-" counts every second unit, "semi-" halves it: a bimonthly magazine comes every two months,
    # a semimonthly payroll twice a month (P0.5M)
    ("bi-monthly|bimonthly", "P2M", "a bimonthly magazine"),
    ("semi-monthly|semimonthly", "P0.5M", "a semi-monthly payroll"),
    ("bi-weekly|biweekly|fortnightly", "P2W", "a fortnightly column"),
    ("annually|yearly", "P1Y", "annually"),
    ("24/7", "P1D", "staffed 24/7 (every day, around the clock)"),
]

# Time zones written after a clock time (kept inside the extent, out of the value: the value is the clock
# time as written, in the zone the text names, as TimeBank writes "5 p.m. EST"): (abbreviations, example).
# "local time" stays outside, as news annotation leaves it ("10:30 a.m. local time").
TIME_ZONE_ROWS: list[tuple[str, str]] = [
    ("EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT", "5 p.m. EST / noon ET"),
    ("GMT|UTC|BST|CET|CEST", "14:00 GMT / 9 a.m. CET"),
    # Australia's eastern, central and western zones, standard and daylight, and New Zealand's
    ("AEST|AEDT|ACST|ACDT|AWST|AWDT", "4:00pm AEDT / 10:30am AWST"),
    ("NZST|NZDT", "7:00pm NZDT"),
    ("JST|HKT|SGT|IST", "8:00pm JST / 9 a.m. IST"),
]
TIME_ZONES = "|".join(zones for zones, _ in TIME_ZONE_ROWS)
# Zones of countries that write the day before the month: after them "12/03/2024 14:05 GMT" is 12 March
# (a US zone or none keeps the US order, month first): (abbreviations, example).
DAY_FIRST_ZONES: list[tuple[str, str]] = [
    ("GMT|BST|CET|CEST", "Last updated: 12/03/2024 14:05 GMT"),
    ("AEST|AEDT|ACST|ACDT|AWST|AWDT|NZST|NZDT", "Posted 05/04/2024 4:00pm AEDT"),
]

# Words before an expression that belong inside its extent and give it a mod: (regex, mod, example)
# "the report will be late this year", "trains were running late this morning", "too early this season to
# tell": after a form of "be", "run" or "too", early and late are adjectives (delayed, ahead of time), not
# the start or end of the period that follows ("this year", with no mod). Not "late in the year". The look
# back runs only once the word has matched (one lookbehind for each length of the words before it); only
# the rules of periods told from now use it (fragments.MODP_ADJ: "late this year", "late yesterday").
_ADJ_BEFORE = ("be|is", "are|was|run|ran|too", "were|been", "being", "running")


def not_adjective(word: str) -> str:
    """Return `word` as a regex that fails after a verb of being ("is late", "running late", "too early")."""
    return word + "".join(rf"(?<!\b(?:{verbs})\s{word})" for verbs in _ADJ_BEFORE)


MODIFIERS: list[tuple[str, str, str]] = [
    ("early|early in|the beginning of|the start of|the dawn of|beginning of|start of", "START", "early 2019"),
    # "the first days of the year" is the year's start, "the final weeks of 2024" its end: the few days
    # name a part of the period, not a length of their own
    ("the (?:first|opening) (?:few )?(?:days|weeks|months|hours) of", "START", "the first weeks of the year"),
    ("mid-|mid|the middle of|middle of", "MID", "mid-1990s"),
    # a prefix joined to a year or decade: "post-1959 politics", "pre-2008 levels" (TIMEX3 mod AFTER/BEFORE;
    # the end of text lets the mod table read the prefix alone)
    ("post-(?=(?:1\\d|20)\\d\\d|\\Z)", "AFTER", "post-1959 politics"),
    ("pre-(?=(?:1\\d|20)\\d\\d|\\Z)", "BEFORE", "pre-2008 levels"),
    ("late|late in|the end of|end of|the close of|the turn of|the latter part of", "END", "late 1998"),
    (
        "the (?:final|last|closing|dying|waning) (?:few )?(?:days|weeks|months|hours) of",
        "END",
        "the final days of the year",
    ),
]

# Approximators and bounds before a quantity: (regex, mod, example)
QUANTITY_MODS: list[tuple[str, str, str]] = [
    ("nearly|almost|close to|roughly", "APPROX", "nearly two years"),
    ("more than|upwards of|well over", "MORE_THAN", "more than four hours"),
    ("less than|fewer than", "LESS_THAN", "less than a decade"),
    # a bound that may be reached is EQUAL_OR_* in TIMEX3 (and in the TimeBank gold)
    ("at least", "EQUAL_OR_MORE", "at least three weeks"),
    ("up to|no more than|at most", "EQUAL_OR_LESS", "up to 25 years"),
]
# The same bounds written after the length, inside its extent as the bounds before it are: (regex, mod,
# example). normalize.quantity_mod reads both tables.
QUANTITY_TAILS: list[tuple[str, str, str]] = [
    ("or so|or thereabouts", "APPROX", "ten days or so"),
    ("or more|or longer|or over|at least|at the least", "EQUAL_OR_MORE", "an hour or more"),
    ("or less|or fewer|or under|or shorter|at most|at the most", "EQUAL_OR_LESS", "20 minutes or less"),
]
