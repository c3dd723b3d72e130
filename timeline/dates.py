"""Read a date typed by a user ("25 October 2025", "October 2025", "2017", "2025-W43", "early 2019")
into a When that keeps its precision: a month stays a month, a year a year.

TIMEX3-shaped values and the coarse phrasings dateparser does not know (seasons, quarters, decades,
early/mid/late) are read from the tables below; free-form day and month dates go to dateparser,
whose `period` tells the precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.day_spans import split_days
from timeline.describe import say_value
from timeline.errors import DateError
from timeline.models import When
from timeline.temporal.intervals import clock_of, interval
from timeline.told_back import back_from_end
from timeline.typed_guesses import refuse_guesses

# Words that narrow a date to a third of it, with an example beside each.
MODIFIERS: list[tuple[str, str]] = [
    (r"early|the (?:start|beginning) of|(?:start|beginning) of", "START"),  # early 2019
    (r"mid|the middle of|middle of", "MID"),  # mid-2019, the middle of 2019
    (r"late|the end of|end of", "END"),  # late October 2025
]
_MODIFIER = re.compile(
    r"(?P<mod>" + "|".join(f"(?:{words})" for words, _ in MODIFIERS) + r")[\s-]+(?P<rest>.+)",
    re.IGNORECASE,
)
_MOD_OF = [(re.compile(rf"(?:{words})\Z", re.IGNORECASE), mod) for words, mod in MODIFIERS]

# Words that leave a date open on one side, as the tagger's mods do, with an example beside each: the date
# keeps its own days, and the page and the exports say it ("after March 2025").
OPEN_ENDS: list[tuple[str, str]] = [
    (r"on or before|no later than|by", "ON_OR_BEFORE"),  # by 2020, no later than 31 May 2025
    (r"on or after|no earlier than|since", "ON_OR_AFTER"),  # since March 2024
    (r"before", "BEFORE"),  # before 2020
    (r"after", "AFTER"),  # after 12 March 2025
]
_OPEN_END = re.compile(
    r"(?P<mod>" + "|".join(f"(?:{words})" for words, _ in OPEN_ENDS) + r")\s+(?P<rest>.+)", re.IGNORECASE
)
_OPEN_OF = [(re.compile(rf"(?:{words})\Z", re.IGNORECASE), mod) for words, mod in OPEN_ENDS]

SEASONS: dict[str, str] = {
    "spring": "SP",  # spring 2020 -> 2020-SP
    "summer": "SU",  # summer 2020 -> 2020-SU
    "autumn": "FA",  # autumn 2020 -> 2020-FA
    "fall": "FA",  # fall 2020 -> 2020-FA
    "winter": "WI",  # winter 2020 -> 2020-WI (December 2020 to February 2021)
}
ORDINALS: dict[str, str] = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1",
                            "2nd": "2", "3rd": "3", "4th": "4"}

# Coarse phrasings -> the TIMEX3 value they spell, with an example beside each. Upper-case fields are
# looked up: SEASON in SEASONS, ORDINAL in ORDINALS, WEEK is the week zero-padded.
PHRASES: list[tuple[str, str]] = [
    # summer 2020
    (r"(?P<season>spring|summer|autumn|fall|winter)(?: of)? (?P<year>\d{4})", "{year}-{SEASON}"),
    (r"q(?P<quarter>[1-4]) (?P<year>\d{4})", "{year}-Q{quarter}"),  # Q1 2013
    (r"(?P<year>\d{4}) q(?P<quarter>[1-4])", "{year}-Q{quarter}"),  # 2013 Q1
    (r"(?:the )?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (?P<year>\d{4})",
     "{year}-Q{ORDINAL}"),  # the third quarter of 2013
    # the first half of 2013
    (r"(?:the )?(?P<ordinal>first|second|1st|2nd) half(?: of)? (?P<year>\d{4})", "{year}-H{ORDINAL}"),
    (r"h(?P<half>[12]) (?P<year>\d{4})", "{year}-H{half}"),  # H2 2013
    (r"week (?P<week>\d{1,2})(?: of)? (?P<year>\d{4})", "{year}-W{WEEK}"),  # week 43 of 2025
    (r"(?:the )?(?P<decade>\d{3})0'?s", "{decade}"),  # the 1990s
]
_PHRASES = [(re.compile(pattern + r"\Z", re.IGNORECASE), value) for pattern, value in PHRASES]

# TIMEX3 date and time values typed as they are: every form the tagger writes for a DATE or TIME that
# has an interval, so a value copied from a timeline file reads back. (pattern, example) rows.
VALUES: list[tuple[str, str]] = [
    (r"\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?", "2025-10-25T14:30, 2024-03-03T14:30:15"),
    (r"\d{4}-\d{2}-\d{2}T24:00", "2025-10-20T24:00 (midnight at the end of the day)"),
    (r"\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI|DT|XX)", "2026-01-15TMO (a part of the day; XX: not said)"),
    (r"\d{4}-\d{2}-\d{2}", "2025-10-25"),
    (r"\d{4}-W\d{2}(?:-WE)?", "2025-W43, 2025-W43-WE (its weekend)"),
    (r"\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)", "2017-10, 2013-Q1, 2013-H2, 2013-SU"),
    (r"\d{4}", "2017"),
    (r"\d{3}", "199 (the 1990s)"),
    (r"\d{2}", "19 (the 1900s)"),
    (r"\d", "2 (the 2000s)"),
]
_TIMEX_VALUE = re.compile("|".join(f"(?:{pattern})" for pattern, _ in VALUES), re.IGNORECASE)
# A day and a clock in ISO form: dateparser reads a clock out of range ("T25:00") as midnight.
_ISO_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T(?P<hour>\d{1,2}):(?P<minute>\d{2})", re.IGNORECASE)

# An amount with a one- or two-letter unit ("2h", "45s", "3 d"): a length of time. Our tagger does not
# tag these bare, and dateparser would read "2h" as two hours ago.
_SHORT_LENGTH = re.compile(r"\d+(?:[.,]\d+)?\s*(?:h|hr|m|s|d|w|wk|y|yr|mo)\Z", re.IGNORECASE)

_PERIODS = {"day": "day", "month": "month", "year": "year", "week": "day", "time": "day"}
# Two far-apart reference dates: a phrase whose reading changes between them is relative.
_PROBES = (dt.datetime(2001, 3, 7), dt.datetime(2037, 9, 21))
_DAYS_ON, _YEAR_ON = dt.timedelta(days=40), dt.timedelta(days=366)  # bases that tell a year typed (see below)

HINT = 'try "25 October 2025", "October 2025", "2017", "2025-W43" or "early 2019"'


# A day typed in ISO form, to say what is wrong with one the calendar lacks: 2026-02-30, 2026-13-01.
_ISO_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


def _no_such_day(value: str) -> str | None:
    """Say why an ISO day the calendar lacks is none ("February 2026 has 28 days"), else None."""
    day = _ISO_DAY.match(value)
    if day is None:
        return None
    year, month = int(day["year"]), int(day["month"])
    if not 1 <= month <= 12:
        return f"there is no month {day['month']} (months go from 01 to 12)"
    days = calendar.monthrange(year, month)[1] if year else 0
    if not days or 1 <= int(day["day"]) <= days:
        return None
    return f"{say_value(value[:7])} has {days} days"


def _when(value: str, mod: str | None = None) -> When:
    bounds = interval(value, mod)
    if bounds is None:
        raise DateError(f"cannot read the date {value!r}: {_no_such_day(value) or HINT}")
    start, end, granularity = bounds
    # The hour and minute, as extraction keeps them; a part of the day ("TMO") is in the value only.
    return When(value=value, start=start, end=end, granularity=granularity, mod=mod, time=clock_of(value))


def _phrase_value(text: str) -> str | None:
    for pattern, template in _PHRASES:
        match = pattern.match(text)
        if match:
            parts = {k: v for k, v in match.groupdict().items() if v is not None}
            parts["SEASON"] = SEASONS.get(parts.get("season", "").lower(), "")
            parts["ORDINAL"] = ORDINALS.get(parts.get("ordinal", "").lower(), "")
            parts["WEEK"] = parts.get("week", "").zfill(2)
            return template.format(**parts)
    return None


def _dateparser_value(text: str, reference: dt.date | None) -> str | None:
    """Read a free-form date with dateparser; the period it reports gives the precision."""
    # Imported here: dateparser takes a good part of a second to load, and most commands
    # (and ISO or TIMEX3-shaped dates) never need it.
    from dateparser.date import DateDataParser

    def read(base: dt.datetime):  # -> dateparser's DateData
        return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base}).get_date_data(text)

    values = set()
    bases = _PROBES if reference is None else (dt.datetime.combine(reference, dt.time()),)
    for base in bases:
        data = read(base)
        if data.date_obj is None:
            return None
        values.add(_value_at(data.date_obj, _PERIODS.get(data.period or "day", "day")))
    if len(values) > 1:
        raise DateError(f"{text!r} is relative to today: give the date itself, {HINT}")
    value = values.pop()
    if reference is None or not re.match(r"\d{4}-\d\d", value):
        return value
    # dateparser puts a date typed without its year ("30-Mar") in the reference's year, the tagger in the
    # nearest ("30 March" typed on 20 December is next March): a reading that keeps its month and day from
    # a base 40 days on (no relative phrase) and moves a year with a base a year on named no year
    shown = data.date_obj
    later, year_on = (read(bases[0] + step).date_obj for step in (_DAYS_ON, _YEAR_ON))
    if not (later and year_on) or (later.month, later.day) != (shown.month, shown.day):
        return value  # unread, or a relative phrase ("in two days")
    if year_on.year == shown.year:
        return value  # a year typed ("30-Mar-2026")
    month = calendar.month_name[shown.month]
    tagged = _tagged_value(f"{shown.day} {month}" if len(value) > 7 else month, reference)
    return f"{tagged[0][:4]}{value[4:]}" if tagged else value


def _value_at(moment: dt.datetime, precision: str) -> str:
    """Spell a datetime as the TIMEX3 value of the given precision, ignoring the finer parts."""
    if precision == "year":
        return f"{moment.year:04d}"
    if precision == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if moment.hour or moment.minute:
        return f"{moment:%Y-%m-%dT%H:%M}"
    return f"{moment:%Y-%m-%d}"


# Words a user may put before a date to say it is approximate: "around March 2020".
APPROXIMATE = ("around", "about", "circa", "c.", "ca.", "approximately", "roughly")


_IN = "in "  # put before a typed date the tagger finds nothing in alone


def _told_back(text: str, reference: dt.date | None) -> When | None:
    """Return the days "the past week" names up to the reference day, as extraction dates an event by it
    (told_back.back_from_end), when that is the whole text; None for any other length of time."""
    from timeline.temporal import tag

    found = tag(text, dct=reference) if reference is not None else []
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    return back_from_end(found[0])


def _tagged_value(text: str, reference: dt.date | None) -> tuple[str, str | None] | None:
    """Read the date with the project's own tagger when it finds one expression that is the whole text.

    The tagger knows what dateparser misreads ("the 90s" is a decade, not 90 seconds ago; "last week" is a
    week) and refuses what is not a date ("5 min" is a duration).
    """
    from timeline.temporal import tag

    found, shift = tag(text, dct=reference), 0
    if not found:  # "March", "may": a word alone ("to march"), a month after "in", as every other month is
        found, shift = tag(f"{_IN}{text[:1].upper()}{text[1:]}", dct=reference), len(_IN)
    if len(found) != 1 or found[0].start < shift:
        return None
    timex = found[0]
    head = text[: timex.start - shift].strip().lower()
    if text[timex.end - shift :].strip() or head not in ("", *APPROXIMATE):
        return None
    if timex.type in ("DURATION", "SET"):
        kind = "a length of time" if timex.type == "DURATION" else "a repetition"
        raise DateError(f"{text!r} is {kind}, not a date: {HINT}")
    if interval(timex.value, timex.mod) is None:
        return None  # "yesterday" without a reference day, "recently": dateparser decides or refuses
    return timex.value, timex.mod or ("APPROX" if head else None)


def _value(text: str, reference: dt.date | None, *, tagger: bool = False) -> tuple[str, str | None] | None:
    """Return (TIMEX3 value, mod) of a typed date: a value as is, a coarse phrase, our tagger, dateparser."""
    if _TIMEX_VALUE.fullmatch(text):
        return text.upper(), None
    clock = _ISO_CLOCK.match(text)
    if clock and not (int(clock["hour"]) < 24 and int(clock["minute"]) < 60 or clock[0].endswith("T24:00")):
        raise DateError(f"{text!r} has no such time of day: {HINT}")
    phrase = _phrase_value(text)
    if phrase is not None:
        return phrase, None
    refuse_guesses(text)
    if _SHORT_LENGTH.match(text):
        raise DateError(f"{text!r} is a length of time, not a date: {HINT}")
    if tagger:
        tagged = _tagged_value(text, reference)
        if tagged is not None:
            return tagged
    found = _dateparser_value(text, reference)
    return (found, None) if found is not None else None


# A date before the year 1, which no day of the file can hold (dateparser read "-0043" as the year 43 AD).
_BEFORE_YEAR_ONE = re.compile(
    r"\b\d[\d,]*\s*(?:BCE?|B\.C\.(?:E\.)?)(?!\w)"  # 43 BC, 1250 BCE, 44 B.C., the 3rd century BC
    r"|\b(?:century|millennium)\s+(?:BCE?|B\.C\.)"  # the 3rd century BC
    r"|\A[-\u2212]\d{4,}(?:-\d\d){0,2}\Z"  # -0043, -0043-03-15 (ISO 8601 years before 1 AD); not "-3 days"
    r"|\ABC\d"  # BC0043 (a TIMEX3 value)
)


def parse_when(text: str, *, reference: dt.date | None = None) -> When:
    """Read a date typed by a user into a When of the right precision.

    `reference` is the day relative phrases ("yesterday", "last Monday") count from; without one
    they are refused, as is any phrase whose reading depends on the current date.
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise DateError(f"cannot read an empty date: {HINT}")
    if ("B" in cleaned or cleaned[0] in "-\u2212") and _BEFORE_YEAR_ONE.search(cleaned):
        raise DateError(
            f"{text!r} is before the year 1, and a timeline's days start there (0001-01-01): "
            "say the date in the title or the description"
        )
    days = split_days(cleaned)
    if days is not None:  # "5-7 March 2026": a span of days, each of the month and year the text gives once
        return span(parse_when(days[0], reference=reference), parse_when(days[1], reference=reference))
    modified = _MODIFIER.match(cleaned)
    if modified:
        rest = _value(modified["rest"], reference, tagger=True)
        if rest is not None:
            mod = next(m for pattern, m in _MOD_OF if pattern.match(modified["mod"]))
            return _when(rest[0], mod)
    opened = _OPEN_END.match(cleaned) if " " in cleaned else None
    if opened:  # dateparser read "after 2020" and "by 2020" as 2020 itself
        rest = _value(opened["rest"], reference, tagger=True)
        if rest is not None and rest[1] is None:
            mod = next(m for pattern, m in _OPEN_OF if pattern.match(opened["mod"]))
            return _when(rest[0], mod)
    try:
        found = _value(cleaned, reference, tagger=True)
    except DateError:
        told = _told_back(cleaned, reference)
        if told is None:
            raise
        return told
    if found is None:
        raise DateError(f"cannot read the date {text!r}: {HINT}")
    return _when(*found)


def date_range(start: str, end: str | None = None, *, reference: dt.date | None = None) -> When:
    """Read a date, or a range from `start` to `end`: the range covers both ends entirely."""
    first = parse_when(start, reference=reference)
    if end is None:
        return first
    return span(first, parse_when(end, reference=reference))


# A range typed as one date, for --date alone, with an example beside each. The start may leave its
# year to the end ("June to August 2026"). Tried only on what reads as no single date.
RANGES: list[tuple[str, str]] = [
    (r"(?P<start>\d{4}(?:-[0-9A-Z]+)*)/(?P<end>\d{4}(?:-[0-9A-Z]+)*)", "2026-06/2026-08 (ISO 8601 interval)"),
    (r"(?P<start>\d{4})\s*[-–—]\s*(?P<end>\d{4})", "2019-2021, 2019–2021"),
    (r"between (?P<start>.+?) and (?P<end>.+)", "between June and August 2026"),
    (r"(?:from )?(?P<start>.+?) (?:to|until|till|through) (?P<end>.+)", "from June to August 2026"),
    (r"(?P<start>.+?)\s*[–—]\s*(?P<end>.+)", "June–August 2026"),
    (r"(?P<start>.+?)\s+-\s+(?P<end>.+)", "March 2026 - April 2026 (a hyphen typed for a dash, spaced)"),
]
_RANGES = [re.compile(pattern + r"\Z", re.IGNORECASE) for pattern, _ in RANGES]
_LAST_YEAR = re.compile(r"\b(?P<year>\d{4})\Z")
_YEAR = re.compile(r"\b\d{4}\b")


def range_of(text: str, *, reference: dt.date | None = None) -> When | None:
    """Read a range typed as one date ("June to August 2026", "2026-06/2026-08"), or None if it is none.

    Each end keeps its precision; a start without a year takes the end's ("June" in June to August 2026).
    An end before the start raises DateError, as --date with --end does.
    """
    cleaned = " ".join(text.strip().split())
    for pattern in _RANGES:
        found = pattern.match(cleaned)
        if found is None or found["end"].isdigit() and len(found["end"]) < 3:
            continue  # "2019 to 20": a number, not the 2000s a TIMEX3 value "20" spells
        try:
            last = parse_when(found["end"], reference=reference)
        except DateError:
            continue
        start, year = found["start"], _LAST_YEAR.search(found["end"])
        starts = [start] if _YEAR.search(start) or year is None else [f"{start} {year['year']}", start]
        for typed in starts:
            try:
                return span(parse_when(typed, reference=reference), last)
            except DateError:
                if typed == starts[-1] and _YEAR.search(typed):
                    raise
    return None


def start_of(when: When) -> When:
    """Return a range's start as a date of its own ("27 February 2026" of 27 February - 6 March 2026); a
    date that is no range as it is."""
    return when if when.end_value is None else _when(when.value, when.mod)


def span(first: When, last: When) -> When:
    """Return the range from the start of `first` to the end of `last`."""
    last_time = clock_of(last.end_value or last.value)
    # 17:00 to 09:00 on one day ends before it starts too, and a calendar refuses an end before the start
    clock_back = last.end == first.start and first.time and last_time and last_time < first.time
    if last.end < first.start or clock_back:
        raise DateError(
            f"the end {last.value} is before the start {first.value}: give the earlier date first"
        )
    return When.model_validate({**first.model_dump(), "end": last.end, "end_value": last.value})
