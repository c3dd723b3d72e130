"""The scanner's rules for clock times, each optionally followed by its day: "11:30 pm on Saturday night",
"at half past six", "14:30 GMT", "9h on Sunday", "midnight on Dec. 31, 2025".

A table (name, pattern, example) that `patterns_calendar.CALENDAR_RULES` splices in after the numeric dates
and before the eras; their handlers are clocktimes.py's and dayparts.py's.
"""

from __future__ import annotations

from timeline.temporal.fragments import AMPM, DAY_TAIL, DAY_TAIL_STAMP, TZ

_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# The words before an hour said with its part of the day: "at 4 in the morning", "was five in the afternoon".
_CLOCK_LEAD = "|".join(
    rf"(?<=\b{word}\s)"
    for word in "at by until till from before after around about since to past was is nearly almost".split()
)

# "left at 1015", "back at abt 2250": a compact 24-hour clock in a message or a schedule, after "at" and
# before the end of the clause, its day or a joining word ("at 1015 and 1230"). Four digits that read as
# a year of this era ("look at 1945", "at 2008,") need a zone, "hours" or their day ("at 1930 tonight"), a
# following noun makes them an amount ("at 1500 feet"), and filters.py drops the levels of markets ("closed
# at 2150"). After "about" or "around" with no "at" before, a year of the last five centuries needs that clock
# context too: "built about 1850." is the year (circa.py gives it mod APPROX), "at about 1850." a time.
_COMPACT_AT = (
    r"(?:(?<=\bat\s\d{4})|(?<=\babt\s\d{4})|(?<=\babout\s\d{4})|(?<=\baround\s\d{4}))(?P<at4>)"
    r"(?:(?=\s+(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)))"
    r"|(?<!19[0-5]\d)(?<!20[0-3]\d)(?<!(?<!\bat\s)\babout\s(?:1[5-9]|20)\d\d)(?<!(?<!\bat\s)\baround\s(?:1[5-9]|20)\d\d)"
    r"(?=[.,;:!?\)](?!\d)|\s*$|\s+(?:and|to|until|till|on|today|tomorrow|tonight"
    r"|this|then|local|sharp|so|but|when|for|from|with|in|at|the|we|i)\b))"
)

# In the scanner's order: an hour with its part of the day or in words before the bare clocks, the 12-hour
# clocks before the 24-hour ones.
CLOCK_RULES: list[tuple[str, str, str]] = [
    (
        "clockpart",
        # "at 4 in the morning", "until five in the afternoon", "was 11 at night": an hour and its part of the
        # day, after a word that introduces a time
        rf"(?:{_CLOCK_LEAD})(?P<H>1[0-2]|0?[1-9]|{_HOUR_WORDS})(?:[:.](?P<M>[0-5]\d))?(?:\s+o'clock)?\s+"
        rf"(?:in\s+the\s+(?P<dpart>morning|afternoon|evening)|(?P<night>at\s+night))"
        rf"(?!\s+(?:session|shift|edition|show|news|paper|bulletin|trading)\b){DAY_TAIL}",
        "at 4 in the morning / until five in the afternoon / at 11 at night",
    ),
    (
        # "at one o'clock Wednesday morning", "ten o'clock tonight": an hour in words is a time with o'clock
        "clockoclock",
        rf"(?P<H>{_HOUR_WORDS})\s+o['’]clock{DAY_TAIL}",
        "one o'clock Wednesday morning / ten o'clock",
    ),
    (
        "clockwords",
        # "at half past six", "at a quarter to nine on Friday", "by twenty past ten in the evening"
        # digits need "minutes": "3 to 1" is a score
        rf"(?:{_CLOCK_LEAD})(?P<min>half|(?:a\s+)?quarter|five|ten|twenty|twenty-five|[1-5]?\d(?=\s+minutes))"
        rf"(?:\s+minutes)?\s+(?P<dir>past|to|after)\s+(?P<H>1[0-2]|0?[1-9]|{_HOUR_WORDS})(?!\s*(?:[:.]\d|%|percent|per\b|[-–]))"
        rf"(?:\s+o'clock)?(?:\s+(?:in\s+the\s+(?P<dpart>morning|afternoon|evening)|(?P<night>at\s+night)))?{DAY_TAIL}",
        "at half past six / at a quarter to nine on Friday",
    ),
    (
        "clock",
        rf"(?:(?P<H>[0-2]?\d)(?:[:.](?P<M>[0-5]\d))?\s*|(?P<H3>1[0-2]|0?[1-9])(?P<M3>[0-5]\d)(?=[ap]\.?m))"
        rf"(?:(?P<ampm>{AMPM})|(?P<oclock>o'clock))"
        rf"(?:\s+(?P<tz>{TZ})\b)?{DAY_TAIL_STAMP}",
        "11:30 pm on Saturday night / 430pm / 3:45 PM EDT, Tue March 5, 2024",
    ),
    (
        "clockfirst",
        r"(?P<H>1[0-2]|0?[1-9])(?:[:.](?P<M>[0-5]\d))?(?=\s*(?:-|–|to)\s*(?P<H2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*"
        rf"(?P<ampm2>{AMPM}))",
        "7-9pm / 7:30-8:30pm",
    ),
    # a 24-hour clock needs a zone, its day, "hrs" or "at" before it (filters.py): "14:30 GMT", "at 8:00",
    # "00:01 on Saturday", "7:30 tomorrow morning", "03:00hrs"; four digits only before GMT or UTC: "0300 GMT"
    (
        "clock24",
        # "(GMT 3:45)": the zone may come first
        rf"(?:(?P<tzb>GMT|UTC)\s+(?=\d{{1,2}}:\d\d))?"
        rf"(?:(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![.,:]\d)(?P<hrs>(?<=\d\d:\d\d)\s?hrs\b)?"
        rf"|(?P<H4>[01]\d|2[0-3])(?P<M4>[0-5]\d)"
        rf"(?:(?P<hrs4>\s?(?:hrs|hours)\b)|(?=\s*(?:GMT|UTC)\b)|{_COMPACT_AT}))(?:\s*(?P<tz>{TZ})\b)?{DAY_TAIL}",
        "14:30 GMT / (GMT 3:45) / left at 1015 / at 0600 hours / back at abt 2250",
    ),
    # "14h30", "9h", "20h45": a 24-hour clock written with an h, as in French and sports copy; filters.py
    # wants "at", "from"... before it or its day after it ("a 2h30 film" is a length)
    (
        "clockh",
        # a lower-case h only: "1H 2024", "2H24" are halves of a year (qcode)
        # an hour from 1 to 6 unpadded is left out: "see you at 2h30" may mean half past two in the afternoon
        # not "7h ago" on a web page: hours since the post ("ago", the count's rule)
        rf"(?P<H>[01]\d|2[0-3]|[7-9])(?-i:h)(?P<M>[0-5]\d)?(?!\s*(?:1\d|20)\d\d|\s+ago\b)(?:\s*(?P<tz>{TZ})\b)?{DAY_TAIL}",
        "at 14h30 / 9h on Sunday",
    ),
    (
        "noon",
        # "high noon" is a showdown, not the time of day
        rf"(?<!high\s)(?P<part>noon|midnight|midday)(?:\s+(?P<tz>{TZ})\b)?{DAY_TAIL}",
        "midnight on Dec. 31, 2025 / noon ET",
    ),
]
