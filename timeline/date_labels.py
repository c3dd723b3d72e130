"""Tell a date that labels a thing traded or wished for, or frames a record, rather than when its clause
happened.

A commodity report prices its positions by month: "June/July going at 1,850 dlrs", "785 dlrs for May", "sales
booked for March shipment", "2.27 times New York Sept": the months name what is sold, nothing happens in them.
A greeting names a holiday: "Happy Thanksgiving!". A web page glues its date stamp to the line before it:
"What's the secret to its recovery?Monday, 6 January 2020". A record names the period it is the most of:
"their lowest levels this year", "the busiest day of the week". A season says what kind a thing is: "a winter
storm"; a two-digit decade after a price is a price: "share price into the mid-30's". A person's "first day"
or a film's "opening weekend" is no day of the calendar. A planned meeting that is "postponed" does not take
place on its date, nor are figures published on the last day of the period they cover. None of these dates an
event. No parser: patterns, each with an example. A debt's maturity ("debentures due 2002") and a dividend's
date "of record" stay events: TimeBank's gold dates them.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression
from timeline.spans import may_end_on

# A month's name or abbreviation alone, no day and no year: "June", "Sept", "Dec.".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_BARE_MONTH = re.compile(_MONTH, re.I)
# A month joined to another by a slash, a trading position: "(June)/July", "Aug/(Sept)", "Oct/(Dec.)".
_PAIR_BEFORE = re.compile(_MONTH + r"\s?/\s?\Z", re.I)
_PAIR_AFTER = re.compile(r"\s?/\s?" + _MONTH + r"(?!\w)", re.I)
# A year after the pair makes it a span of time: "the June/July 2020 issue".
_YEAR_AFTER = re.compile(r"(?:\s?/\s?" + _MONTH + r")?,?\s+(?:\d{4}|['’]\d{2})\b", re.I)
# A price, then "for" before the month it is quoted for: "785 dlrs for (May)", "1,750 dlrs a tonne for
# (March)".
_PRICE_FOR = re.compile(
    r"\d[\d,.]*\s+(?:dlrs|dollars|cents|pence|yen|marks|francs|pounds|euros|ringgit|rupees)"
    r"(?:\s+(?:a|per)\s+[a-z]+)?\s+for\s+\Z",
    re.I,
)
# A multiple of or a difference from an exchange's month, a price quoted against a contract: "2.27 times New
# York (May)", "35 dlrs under London (March)".
_EXCHANGE_MONTH = re.compile(r"\b(?:times|under|over)\s+(?:[A-Z][a-z]+\s+){1,3}\Z")
# A noun of trade a month names, after it: "(March) shipment", "(February) entitlements", "(May) delivery",
# "(July) futures".
_TRADE_NOUN = re.compile(
    r"\s+(?:shipments?|deliver(?:y|ies)|entitlements?|contracts?|futures|options|positions?|loadings?"
    r"|liftings?|allocations?|cargoes|nominations)\b",
    re.I,
)
# A wish before a holiday: "Happy (Thanksgiving)", "Merry (Christmas)", "Happy (New Year)".
_GREETING = re.compile(r"\b(?:Happy|Merry)\s+\Z")
# A stamp glued to the end of the line before it, after its stop and no space, up to the line's end:
# "recovery?(Monday, 6 January 2020)".
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")

# A decade of two digits after a price, a price's range, not a time: "share price into (the mid-30's)", "was
# worth in (the mid 30s)".
_DECADE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[\s-]?)?['’]?\d0['’]?s", re.I)
_PRICE_BEFORE = re.compile(
    r"(?:\b(?:price|prices|priced|worth|valued|trading|traded|shares?|stock|dlrs|dollars|cents)\b|\$)"
    r"[^.;:!?]{0,30}\b(?:in|into|at|to|around|near|from)\s+\Z",  # not "the stock market crash of the '20s"
    re.I,
)
# A superlative, then the period it is the most of, the frame of a record, not a time anything happened:
# "dropped to their lowest levels (this year)", "the busiest day of (the week)".
_SUPERLATIVE = re.compile(
    r"\b(?:lowest|highest|biggest|largest|best|worst|busiest|quietest|hottest|coldest|warmest|wettest|driest"
    r"|strongest|weakest)\s+(?:[\w-]+\s+){0,2}(?:of\s+|for\s+|so\s+far\s+)?\Z",
    re.I,
)
_FRAME = re.compile(r"(?:this|the)\s+(?:year|month|week|season|day)", re.I)
# A season after "a" or "an" before a noun, which says what kind it is: "a (winter) storm", "an (autumn)
# sale".
_KIND_BEFORE = re.compile(r"\b(?:a|an)\s+\Z", re.I)
_SEASON = re.compile(r"summer|winter|spring|autumn", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")

# A person's or a thing's own first or last day, of a job, a stay or a run, not a day of the calendar: "his
# (first day) at the office", "on her (last day) in office", "sold 10 million in its first (weekend)"; not
# "the first day of the talks" (an occurrence's, dated elsewhere), nor "his day off on Sunday".
_PERSON_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our|your|its)\s+(?:(?:first|last|final|opening)\s+)?\Z", re.I
)
_OWN_DAY = re.compile(r"(?:(?:first|last|final|opening)\s+)?(?:day|night|week|weekend)", re.I)
# A first or last period the possessive does not hold yet, in the date itself or before it: "its first
# (weekend)", "his (first day)".
_ORDINAL = re.compile(r"(?:first|last|final|opening)\s", re.I)
# A planned occurrence a later verb calls off, whose date then dates nothing: "the planned (meeting) March 7
# of the committee has been postponed", "the scheduled vote on Tuesday was cancelled".
_PLANNED = re.compile(
    r"\b(?:planned|scheduled|proposed|slated|expected)\s+(?:[\w-]+\s+){0,2}(?:on\s+|for\s+)?\Z", re.I
)
_CALLED_OFF = re.compile(
    r"[^.;:!?]{0,120}?\b(?:postponed|cancell?ed|called\s+off|delayed|put\s+off|scrapped|deferred)\b", re.I
)

# The end of the period that figures still to be published cover, not the day they come out: "final figures
# for the period to (February 28) are expected to be published", "data for the week ending (Friday) will be
# released"; not "arrivals for the week ended February 22 were 155,221 bags" (the figures of that week).
_PERIOD_TO = re.compile(
    r"\b(?:period|week|month|quarter|year|season|days?)\s+(?:up\s+)?(?:to|ending|ended|through)\s+\Z", re.I
)
_TO_BE_OUT = re.compile(
    r"[^.;:!?]{0,60}?\b(?:(?:expected|due|scheduled|set|likely)\s+to\s+be|will\s+be)\s+"
    r"(?:published|released|announced|issued|reported|made\s+public)\b",
    re.I,
)
# The words the patterns above that end on \s+\Z need, checked before they are searched (a search tries every
# position of the 60 characters; tests/test_events_shortcuts.py: the checks let every match through).
_GREETING_ENDS = ("Happy", "Merry")
_PERIOD_TO_ENDS = ("to", "ending", "ended", "through")
_PLANNED_WORDS = ("planned", "scheduled", "proposed", "slated", "expected")


def _may_be_planned(before: str) -> bool:
    """Tell whether `before` may hold _PLANNED: it ends on white space and, in ASCII (re.I reads "ı" as "i"),
    holds one of its words."""
    if not before[-1:].isspace():
        return False
    if not before.isascii():
        return True
    lower = before.lower()
    return any(map(lower.__contains__, _PLANNED_WORDS))


def labels_thing(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date labels a traded position, a greeting's holiday, a record's frame, a kind, a
    person's own day, a called-off plan or a coming report's period, or is a page stamp glued to a line:
    "June/July going at 1,850 dlrs", "Happy Thanksgiving", "their lowest levels this year"."""
    before = text[max(0, timex.start - 60) : timex.start]
    if _BARE_MONTH.fullmatch(timex.text):
        paired = _PAIR_BEFORE.search(before) or _PAIR_AFTER.match(text, timex.end)
        if paired and not _YEAR_AFTER.match(text, timex.end):
            return True  # "June/July going at 1,850 dlrs"
        if _PRICE_FOR.search(before) or _TRADE_NOUN.match(text, timex.end) or _EXCHANGE_MONTH.search(before):
            return True  # "785 dlrs for May", "booked for March shipment", "2.27 times New York May"
    if may_end_on(before, _GREETING_ENDS, fold=False) and _GREETING.search(before):
        return True  # "Happy Thanksgiving!"
    if _FRAME.fullmatch(timex.text) and _SUPERLATIVE.search(before):
        return True  # "dropped to their lowest levels this year"
    if _SEASON.fullmatch(timex.text) and _KIND_BEFORE.search(before) and _NOUN_AFTER.match(text, timex.end):
        return True  # "a winter storm"
    if _OWN_DAY.fullmatch(timex.text) and (owner := _PERSON_BEFORE.search(before)) is not None and (
        _ORDINAL.match(timex.text) or _ORDINAL.search(owner.group())
    ):
        return True  # "on his first day at the office", "sold 10 million in its first weekend"
    if _may_be_planned(before) and _PLANNED.search(before) and _CALLED_OFF.match(text, timex.end):
        return True  # "the planned meeting March 7 of the committee has been postponed"
    period_to = may_end_on(before, _PERIOD_TO_ENDS) and _PERIOD_TO.search(before)
    if period_to and _TO_BE_OUT.match(text, timex.end):
        return True  # "final figures for the period to February 28 are expected to be published"
    glued = timex.start > 0 and text[timex.start - 1] in "?!." and len(timex.value) == 10
    return glued and _LINE_END.match(text, timex.end) is not None


def is_price(text: str, timex: TimeExpression) -> bool:
    """Tell whether a decade of two digits is a price's range: "catapulted its share price into the mid-30's",
    "estimated the company was worth in the mid 30s"."""
    if not _DECADE.fullmatch(timex.text):
        return False
    return _PRICE_BEFORE.search(text, max(0, timex.start - 60), timex.start) is not None
