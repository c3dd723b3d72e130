"""Date one expression by the one that follows it: "the day before last Tuesday", "Tuesday (Nov. 4)".

The scanner finds "the day" and "last Tuesday" apart; read together, "the day" is the Monday before that
Tuesday. TimeML keeps the two expressions apart (it also keeps "two days" a DURATION in "two days before
March 3", with the date it implies in a non-consuming tag), so only the value of the first one changes.
Examples, each a row of `LINKS`:

    "the day before last Tuesday"        -> "the day" is that Monday
    "the week following Easter 2024"     -> "the week" is 2024-W14
    "the year after May 3, 2020"         -> "the year" is 2021
    "the day after the Jan. 6 attack"    -> "the day" is Jan. 7 (a date naming the event after it)
    "the Friday after the Jan. 6 attack" -> "Friday" is the first Friday after Jan. 6

A weekday followed by its date in brackets or after a dash, "on Tuesday (Nov. 4)", is that date: the
writer said which Tuesday, so the tense need not guess (`weekday_value`). A day of an episode followed by
its weekday, "went into its seventh day on Sunday", "entered its third day Tuesday", is that weekday's date
(`episode_day_value`). A clock time followed by the day it falls on, "at 4 a.m. nine days before", "at 9 p.m.
the next day", is a time of that day (`clock_day_value`).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeExpression
from timeline.temporal.normalize import part_value, weekday_number
from timeline.temporal.values import FINENESS, Point, fmt_within, parse, shift

# The offset: "the day", "that week"..., or "the day before" when the scanner took the link word along.
_THE_UNIT = re.compile(
    r"(?:the|that)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)(?:\s+(?P<step>before|after))?",
    re.IGNORECASE,
)

# The words between the offset and the date, and the direction they point.
LINKS = [
    ("before", -1, "the day before March 3"),
    ("prior to", -1, "the week prior to May 5"),
    ("ahead of", -1, "the day ahead of Christmas"),
    ("after", 1, "the year after May 3, 2020"),
    ("following", 1, "the week following Easter"),
]
# "the day after the Jan. 6 attack": "the" after the link belongs to the event the date names, so a noun
# in lower case must follow the date ("after the Jan. 6 attack", not "after the Jan. 6, 2021").
_LINK = re.compile(
    r"\s+(?P<link>" + "|".join(re.escape(word) for word, _, _ in LINKS) + r")\s+(?P<the>the\s+)?$",
    re.IGNORECASE,
)
_SIGN = {word: sign for word, sign, _ in LINKS}
_EVENT_NOUN = re.compile(r"\s+[a-z][a-z-]+\b")
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_IN_PART = re.compile(r"\b(?:in|during|through|throughout|by)\s+\Z", re.IGNORECASE)


def _weekday_from(number: int, point: Point, sign: int) -> str | None:
    """Return the first such weekday after the day `point` (sign 1), or the last one before it (-1)."""
    if point.gran != "day":
        return None  # "the Friday after the 2008 election": no one day to count from
    gap = ((number - point.day.isoweekday()) * sign) % 7 or 7
    return shift(point, "day", sign * gap, gran="day").day.isoformat()


def value_from(
    previous: TimeExpression, text: str, start: int, value: str, end: int | None = None
) -> str | None:
    """Return the value of "the day" (`previous`) counted from the date `value` that follows it, or None.

    `end` is where the date ends: a noun after it ("the Jan. 6 attack") lets an article stand before it."""
    if previous.type not in ("DATE", "TIME") or previous.end > start:
        return None
    match = _THE_UNIT.fullmatch(previous.text)
    if match is not None and (previous.type == "TIME") != (match["unit"].lower() not in FINENESS):
        return None  # a DATE "the day", a TIME "the night"
    number = None
    if match is None and _THE_BEFORE.search(text, max(0, previous.start - 8), previous.start):
        number = weekday_number(previous.text)  # "the Friday after ...", not "Friday night"
    point = parse(value) if match is not None or number is not None else None
    if point is None or point.gran not in FINENESS:
        return None
    gap = text[previous.end : start]
    if match is not None and match["step"]:
        link = match["step"].lower() if not gap.strip() else None
    else:
        found = _LINK.fullmatch(gap) if gap.strip() else None
        if found and found["the"] and (end is None or not _EVENT_NOUN.match(text, end)):
            found = None  # "the day after the Jan. 6" needs the event the date names
        link = " ".join(found["link"].lower().split()) if found else None
    if link is None:
        return None
    if number is not None:
        return _weekday_from(number, point, _SIGN[link])
    unit = match["unit"].lower()
    if unit not in FINENESS:
        # "the night before the Dec. 6 vote": that part of the day before; not "fell in the morning after
        # Friday's data", the morning the clause happens in
        if _IN_PART.search(text, max(0, previous.start - 12), previous.start):
            return None
        day = shift(point, "day", _SIGN[link], gran="day") if point.gran == "day" else None
        return part_value(day, unit)
    moved = shift(point, unit, _SIGN[link], gran=unit)
    return fmt_within(Point(moved.day, unit), point.gran)


# What may stand between a weekday and the date that says which one it is.
_APPOSITION = re.compile(r"\s*(?:\(|[-\u2013\u2014]+|,)\s*")  # "Tuesday (Nov. 4)", "Tuesday - Nov. 4"
# A weekday and the part of the day after it: "Tuesday evening".
_WEEKDAY_PART = re.compile(r"(?P<day>[A-Za-z]+\.?)\s+(?:morning|afternoon|evening|night)", re.IGNORECASE)


def weekday_value(previous: TimeExpression, text: str, start: int, value: str) -> str | None:
    """Return the date `value` for the weekday `previous` when the date follows it and falls on that day."""
    if previous.type != "DATE" or previous.value == value or start - previous.end > 6:
        return None
    number, part = weekday_number(previous.text), ""
    if number is None and (with_part := _WEEKDAY_PART.fullmatch(previous.text)) is not None:
        # "Tuesday evening (March 3)": the date says which Tuesday, the evening stays
        number, part = weekday_number(with_part["day"]), previous.value.partition("T")[2]
    if number is None or not _APPOSITION.fullmatch(text[previous.end : start]):
        return None
    point = parse(value)
    if point is None or point.gran != "day":
        return None
    if number != point.day.isoweekday():
        return None
    return f"{value}T{part}" if part else value


# What may stand between a date and the weekday set beside it to say which day of the week it is:
# "Oct. 5, a Monday", "on Jan. 1, which is a Thursday", "Sept. 30, which fell on a Wednesday". With a bare
# comma ("Oct. 5, Monday") the weekday must agree with the date, since a list of days reads the same way.
_WEEKDAY_APPOSED = re.compile(
    r"\s*,\s*(?:(?P<said>an?|which\s+(?:is|was|will\s+be|would\s+be)(?:\s+a)?"
    r"|which\s+(?:falls|fell|will\s+fall)(?:\s+this\s+year)?\s+on(?:\s+a)?)\s+)?"
    # "Diwali falls on Monday"
    r"|\s+(?P<falls>(?:falls|fell|will\s+fall)(?:\s+this\s+year)?\s+on(?:\s+a)?)\s+",
    re.IGNORECASE,
)


def apposed_weekday_value(
    previous: TimeExpression, text: str, start: int, end: int, value: str
) -> str | None:
    """Return the day of the date `previous` for the weekday at `start`..`end` set beside it ("Oct. 5, a
    Monday": one day, not the Monday nearest the document date), or None.

    A date written without its year takes the year next to its own whose same day is that weekday ("Jan. 1,
    a Thursday" is 2026's when 2025's Jan. 1 was a Wednesday): the value returned then differs from
    `previous.value`, and the date takes it too.
    """
    if previous.type != "DATE" or start - previous.end > 30 or previous.value == value:
        return None
    number = weekday_number(text[start:end])  # a weekday alone, not "Monday night"
    gap = _WEEKDAY_APPOSED.fullmatch(text, previous.end, start) if number is not None else None
    point = parse(previous.value) if gap is not None else None
    if point is None or point.gran != "day" or weekday_number(previous.text) is not None:
        return None
    if number == point.day.isoweekday():
        return previous.value
    if not gap["said"] and not gap["falls"]:
        return None
    if _YEAR_WRITTEN.search(previous.text) is None:
        agree = [
            moved
            for step in (-1, 1)
            if (moved := _same_day(point.day, point.day.year + step)) and moved.isoweekday() == number
        ]
        if len(agree) == 1:
            return agree[0].isoformat()
    return previous.value  # the writer's weekday is wrong, or the year written: the date says the day


_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")


def _same_day(day: dt.date, year: int) -> dt.date | None:
    """Return the same month and day in `year` (None for Feb. 29 of a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


# A compound duration, "five hours 38 minutes", "3 years and 2 months", "1 hour, 20 minutes": the scanner
# finds two spans; read together they are one, its units from the larger to the smaller. A third and a
# fourth join the same way ("two days, 7 hours, 12 minutes and 55 seconds"). Units in order:
_COMPOUND_UNITS = ["Y", "M", "W", "D", "TH", "TM", "TS"]
_FULL_DURATION = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<TH>\d+)H)?(?:(?P<TM>\d+)M)?(?:(?P<TS>\d+)S)?)?"
)
_COMPOUND_GAP = re.compile(r"(?:\s*,)?\s+(?:and\s+)?", re.IGNORECASE)
# The second span opens on its count ("38 minutes", "thirty minutes"), not on a determiner ("the next").
_COUNT_FIRST = re.compile(
    r"(?!(?:the|its|their|his|her|all|each|past|last|next|first|final|another|some|several|few)\b)\w",
    re.IGNORECASE,
)
# After the second span: a rate ("12 years, six nights a week") or an alternative ("one year, 68 days or
# two months") makes the spans a list.
_NOT_COMPOUND_AFTER = re.compile(r"\s+(?:a|an|per|each|every|or)\b|\s*,\s*or\b", re.IGNORECASE)


def _duration_parts(value: str) -> dict[str, int] | None:
    match = _FULL_DURATION.fullmatch(value)
    if match is None or value == "P":
        return None
    return {unit: int(count) for unit, count in match.groupdict().items() if count is not None}


def compound_value(
    previous: TimeExpression, text: str, start: int, end: int, value: str, mod: str | None
) -> str | None:
    """Return the value of the duration `previous` joined with the smaller duration `value` after it."""
    if previous.type != "DURATION" or mod or previous.end > start:
        return None
    if not _COMPOUND_GAP.fullmatch(text[previous.end : start]) or not _COUNT_FIRST.match(text, start):
        return None
    first, second = _duration_parts(previous.value), _duration_parts(value)
    if not first or not second or len(second) != 1 or _NOT_COMPOUND_AFTER.match(text, end):
        return None
    small = next(iter(second))
    if max(map(_COMPOUND_UNITS.index, first)) >= _COMPOUND_UNITS.index(small):
        return None  # "three hours, two hours": a list, not one span
    parts = {**first, **second}
    if "W" in parts:
        parts["D"] = parts.get("D", 0) + 7 * parts.pop("W")  # ISO 8601 writes no weeks beside days: P17D
    date_part = "".join(f"{parts[unit]}{unit}" for unit in ("Y", "M", "D") if unit in parts)
    time_part = "".join(f"{parts[unit]}{unit[1]}" for unit in ("TH", "TM", "TS") if unit in parts)
    return "P" + date_part + ("T" + time_part if time_part else "")


# "the ninth day", "its third day", "the final day": a day of an episode, named by its place in it.
_EPISODE_DAY = re.compile(r"(?:the\s+)?[\w-]+\s+day", re.IGNORECASE)
# What may stand between that day and the weekday that dates it: "the seventh day on Sunday", "its third day
# Tuesday", "the second day, Monday,".
_ON_WEEKDAY = re.compile(r"\s+(?:on\s+)?|\s*,\s*", re.IGNORECASE)


def episode_day_value(previous: TimeExpression, text: str, start: int, end: int, value: str) -> str | None:
    """Return the date `value` of the weekday that follows a day of an episode (`previous`), else None."""
    if previous.type != "DATE" or previous.value == value or not _EPISODE_DAY.fullmatch(previous.text):
        return None
    if weekday_number(text[start:end]) is None or not _ON_WEEKDAY.fullmatch(text[previous.end : start]):
        return None
    point = parse(value)
    return value if point is not None and point.gran == "day" else None


# A clock time's value: the day it was first read on, then its time ("1996-06-03T06:00", "...T18:30:05"),
# or a part of the day ("late evening June 11": "...TEV"). Not midnight (T24:00): "at midnight on New
# Year's Day" opens that day, the end of the day before.
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?P<clock>T(?:(?!24)\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI))")
# What may stand between the time and its day: a space, "on" ("at 6 a.m. on the next day") or "of" ("early
# morning of June 12", "until 8 p.m. of last Friday"), after the place whose clock it is ("at 5:34 a.m.
# Baghdad time on March 20", "at 9 p.m. local time Sunday", "at noon New York time, on May 2").
_CLOCK_GAP = re.compile(
    r"\s+(?:(?:(?-i:[A-Z][a-z]+)\s+){1,2}time,?\s+|local\s+time,?\s+)?(?:on\s+|of\s+)?", re.IGNORECASE
)


# A clock time qualifying a noun, and the day of what it names after that noun: "an 8 p.m. briefing on
# Tuesday", "the 7:30 p.m. kickoff Saturday", "a 10 a.m. news conference on Monday". The time follows an
# article or a possessive; one to three words of the noun stand between, none opening a clause of its own.
_CLOCK_BEFORE_NOUN = re.compile(r"\b(?:a|an|the|its|his|her|their|our|your|my)\s+\Z", re.IGNORECASE)
_CLOCK_NOUN_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|but|after|before|since|until|than|that|which|who|when|while|from|to|was|were|is"
    r"|are|had|has|have)\b)[a-z][a-z-]*\s+){1,3}(?:on\s+)?"
)


def clock_day_value(previous: TimeExpression, text: str, start: int, value: str) -> str | None:
    """Return the time `previous` ("6 a.m.", "late evening") on the day `value` after it, or None."""
    if previous.type != "TIME":
        return None
    gap = text[previous.end : start]
    if not _CLOCK_GAP.fullmatch(gap) and not (
        _CLOCK_NOUN_GAP.fullmatch(gap)
        and _CLOCK_BEFORE_NOUN.search(text, max(0, previous.start - 8), previous.start)
    ):
        return None
    clock = _CLOCK_VALUE.fullmatch(previous.value)
    point = parse(value)
    if clock is None or point is None or point.gran != "day" or "T" in value:
        return None  # "night Monday night": the day after it has its own time already
    return value + clock["clock"]


# A week ahead named before a bare weekday in the same sentence holds that weekday: "The Fed meets next week,
# with a decision due Wednesday" written on a Monday is next week's Wednesday, not this week's.
_WEEK_VALUE = re.compile(r"(?P<year>\d{4})-W(?P<week>\d\d)")
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n")


def week_weekday_value(
    previous: TimeExpression, text: str, start: int, end: int, dct: dt.date | None
) -> str | None:
    """Return the day of the weekday `text[start:end]` in a coming week `previous` told before it, or None."""
    week = _WEEK_VALUE.fullmatch(previous.value)
    number = weekday_number(text[start:end])
    if week is None or number is None or dct is None or start - previous.end > 80:
        return None
    if _SENTENCE_BREAK.search(text, previous.end, start):
        return None
    year, number_of_week = int(week["year"]), int(week["week"])
    if (year, number_of_week) <= dct.isocalendar()[:2]:
        return None  # "this week", "last week": the weekday's own reading stands
    try:
        return dt.date.fromisocalendar(year, number_of_week, number).isoformat()
    except ValueError:
        return None


# "06:00 on Saturday 1 August", "9 a.m. on Tuesday 3 March": a clock time on a weekday, then that weekday's
# date written day first, is one TIME of that date.
_LAST_WORD = re.compile(r"(?P<word>[A-Za-z]+)\.?\Z")


def clock_date_value(previous: TimeExpression, text: str, start: int, value: str) -> str | None:
    """Return the TIME value of a clock time on a weekday (`previous`, "06:00 on Saturday") that the date at
    `start` ("1 August") names, or None."""
    if previous.type != "TIME" or text[previous.end : start] not in (" ", ", "):
        return None
    clock = _CLOCK_VALUE.fullmatch(previous.value)
    word = _LAST_WORD.search(previous.text) if clock else None
    number = weekday_number(word["word"]) if word else None
    point = parse(value) if number else None
    if point is None or point.gran != "day" or point.day.isoweekday() != number:
        return None
    return value + clock["clock"]  # type: ignore[index]


# "the night of March 3-4": a night written with the two days it spans is one TIME, the first day's night.
_NIGHT_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)TNI")
_DAY_AFTER_NIGHT = re.compile(r"[-\u2013/]\d{1,2}")


def night_spans_to(previous: TimeExpression, text: str, start: int, end: int, value: str) -> bool:
    """Say whether the day at `start`..`end` ("4") closes the night `previous` ("the night of March 3")."""
    night = _NIGHT_VALUE.fullmatch(previous.value) if previous.type == "TIME" else None
    if night is None or not _DAY_AFTER_NIGHT.fullmatch(text, previous.end, end) or previous.end + 1 != start:
        return False
    point = parse(value)
    first = dt.date.fromisoformat(night["day"])
    return point is not None and point.gran == "day" and point.day == first + dt.timedelta(days=1)
