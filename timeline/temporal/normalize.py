"""Turn a matched phrase (rule name + named groups) into a TIMEX3 type, value, mod and set attributes.

Each handler reads the groups of one rule of patterns.RULES and a `Context` (anchor.py) that knows
the document date, the last date the text established, and the tense around the phrase. It returns
a `Norm`, or None when the match is not a temporal expression after all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.temporal import vocab
from timeline.temporal.anchor import Context, present_at
from timeline.temporal.fragments import MONTH, YEAR
from timeline.temporal.values import Point, easter, fmt, fmt_within, nth_weekday, shift, valid_day

Lookup = list[tuple[re.Pattern[str], object]]


def _table(rows, value_index: int = 1) -> Lookup:
    return [(re.compile(f"(?:{row[0]})\\Z", re.IGNORECASE), row[value_index]) for row in rows]


_MONTHS, _WEEKDAYS = _table(vocab.MONTHS), _table(vocab.WEEKDAYS)
_SEASONS, _PARTS = _table(vocab.SEASONS), _table(vocab.PARTS_OF_DAY)
_UNITS, _UNIT_GRAN = _table(vocab.UNITS), _table(vocab.UNITS, 2)
_ORDINALS, _REFS = _table(vocab.ORDINALS), _table(vocab.REFERENCES)
_DEICTIC, _FREQ = _table(vocab.DEICTIC_DAYS), _table(vocab.FREQUENCIES)
_MODS, _QMODS = _table(vocab.MODIFIERS), _table(vocab.QUANTITY_MODS)
_WORDS = {w: n for rows in (vocab.UNITS_WORDS, vocab.TEENS_WORDS, vocab.TENS_WORDS) for w, n, _ in rows}
_COUNTS = _table(vocab.COUNT_WORDS)
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def lookup(table: Lookup, text: str | None):
    """Return the value of the first row whose regex matches all of `text` (spaces normalized)."""
    if text is None:
        return None
    text = " ".join(text.split())
    for regex, value in table:
        if regex.match(text):
            return value
    return None


@dataclass
class Norm:
    """The normalized attributes of one expression."""

    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None  # "dct", "ref" or None
    skip: int = 0  # characters to drop from the start of the match ("a 16-hour flight" -> "16-hour")


def number(text: str) -> float | None:
    """Read a count written in digits or words ("24", "twenty-four", "a couple of"); None if unspecified."""
    text = " ".join(text.lower().replace("-", " ").split())
    half = text.endswith("a half") or text.endswith(" 1/2")
    text = re.sub(r"\s*(?:(?:and )?a half| 1/2)$", "", text)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        value: float | None = float(text.replace(",", ""))
    elif text in _WORDS:
        value = _WORDS[text]
    elif " " in text and all(part in _WORDS for part in text.split()):
        value = sum(_WORDS[part] for part in text.split())
    else:
        value = lookup(_COUNTS, text)
        if value is None and not half:
            return None
    if half:
        return (value or 0) + 0.5
    return value


def _num(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else str(value)


def year_text(year: int) -> str:
    """Write a year as TIMEX3 does: 1998 -> "1998", -480 (480 BC) -> "BC0480"."""
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def spoken_year(text: str) -> int | None:
    """Read a year said in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (sum(_WORDS[w] for w in rest if w in _WORDS) if rest else 0)
    if not words or words[0] not in _WORDS:
        return None
    century, rest = _WORDS[words[0]], [w for w in words[1:] if w != "oh"]
    if rest == ["hundred"]:
        return century * 100
    if not all(w in _WORDS for w in rest):
        return None
    return century * 100 + sum(_WORDS[w] for w in rest)


def _year(text: str, ctx: Context) -> int:
    text = text.strip("'")
    if not text.isdigit():
        return spoken_year(text) or 0
    year = int(text)
    if len(text) == 2:
        century = (ctx.dct.year // 100 * 100) if ctx.dct else 1900
        year = century + year
        if ctx.dct and year > ctx.dct.year + 20:
            year -= 100
    return year


def duration_value(count: float | None, unit_text: str) -> str:
    """Write a TIMEX3 duration for a count of a unit: (3, "years") -> P3Y, (2, "hours") -> PT2H."""
    letter = lookup(_UNITS, unit_text) or "Y"
    multiply = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "WE": (2, "D"), "2W": (2, "W")}
    if letter in multiply and count is not None:
        factor, letter = multiply[letter]
        count = count * factor
    elif letter in multiply:
        letter = {"DE": "DE", "CE": "CE", "ML": "ML", "WE": "WE", "2W": "W"}[letter]
    halves = {"Y": "6M", "M": "15D", "D": "T12H", "TH": "30M", "TM": "30S"}
    if count is not None and count != int(count) and count * 2 == int(count * 2) and letter in halves:
        whole = int(count)
        if letter.startswith("T"):
            return f"PT{whole}{letter[1]}{halves[letter]}" if whole else f"PT{halves[letter]}"
        return f"P{whole}{letter}{halves[letter]}" if whole else f"P{halves[letter]}"
    if letter.startswith("T"):
        return f"PT{_num(count)}{letter[1]}"
    return f"P{_num(count)}{letter}"


def unit_gran(unit_text: str) -> str:
    """Return the granularity a unit word names: "weeks" -> week."""
    return lookup(_UNIT_GRAN, unit_text) or "year"


def mod_of(text: str | None) -> str | None:
    """Return the TIMEX3 mod of a modifier word ("early" -> START)."""
    return lookup(_MODS, text) if text else None


def _point(year: int, month: int = 1, day: int = 1, gran: str = "day") -> Point | None:
    if not valid_day(year, month, day):
        return None
    return Point(dt.date(year, month, day), gran)


# "was extended to Nov. 20", "postponed until March": a past verb that points at a later date.
_TOWARD = re.compile(
    r"\b(?:to|until|till|through|into|by|effective|record|expiring|maturing|starting"
    r"|beginning)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z",
    re.IGNORECASE,
)

# "died on Christmas Eve", "took effect in January": a past event placed at the date.
# "left before Christmas": also placed there, though what came before may lie just ahead.
_AT = re.compile(
    r"\b(?:in|on|at|during|ended|before)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE
)
# "He left after Christmas": what came after a date in the past puts that date behind, never ahead.
_AFTER = re.compile(r"\bafter\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)


def _nearest(candidates: list[tuple[int, int]], tense: str | None, penalty: int, toward: str = "") -> int:
    """Pick the year whose distance from the document date (plus a penalty against the tense) is least.

    `candidates` are (year, signed distance) pairs; a past tense penalizes dates after the document
    date, a future tense dates before it. Ties go to the tense's direction. `toward` is "goal"
    after a preposition of goal or limit ("extended to", "until"), where a past verb often points
    ahead, "at" after "in"/"on", where it almost never does ("died on Christmas Eve"), and "after",
    where it never does ("left after Christmas").
    """

    def cost(item: tuple[int, int]) -> tuple[int, int]:
        _year, distance = item
        # Past tense often reports what is coming ("was extended to Nov. 20"); a future tense
        # almost never points back, so it weighs more.
        wrong = (tense == "past" and distance > 0) or (tense == "future" and distance < 0)
        preferred = -distance if tense == "past" else distance
        weight = penalty * (2 if tense == "future" else {"goal": 0.5, "at": 3, "after": 10}.get(toward, 1))
        return abs(distance) + (weight if wrong else 0), -preferred

    return min(candidates, key=cost)[0]


def story_year(month: int, story: Point) -> int:
    """Return the year of a month in a story, which moves on: January after December is next year."""
    if story.gran in ("day", "month") and story.day.month - month >= 9:
        return story.day.year + 1
    return story.day.year


# "March 19-April 30, 2003", "April and June 1955", "(July-November 1954)": the year written after
# the second date of a range or pair belongs to the first one too.
_RANGE_YEAR = re.compile(
    rf"\s*(?:-|–|—|to|and|until|till|through|or)\s*(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>{YEAR})|\s+(?P<ryear>this|last|next)\s+year\b)"
    # "Oct. 3-5, 2024": the year after the last day of a range of days
    rf"|\s*(?:-|–|to|through)\s*\d{{1,2}}(?:st|nd|rd|th)?,\s*(?P<dyear>{YEAR})",
    re.IGNORECASE,
)


def range_year(ctx: Context) -> int | None:
    """Return the year stated after a range or pair that this expression opens, if any."""
    following = _RANGE_YEAR.match(ctx.text, ctx.end)
    if following is None:
        return None
    if following.group("year") or following.group("dyear"):
        return int(following.group("year") or following.group("dyear"))
    if ctx.dct is None:
        return None
    return ctx.dct.year + {"last": -1, "next": 1}.get(following.group("ryear").lower(), 0)


def resolve_month(month: int, ctx: Context) -> tuple[int | None, str | None]:
    """Return the year of a month named without one, and what it was anchored to."""
    year = range_year(ctx)
    if year is not None:
        return year, None
    if ctx.story_bc() is not None:
        return ctx.story_bc(), "ref"
    story = ctx.story()
    if story is not None:
        return story_year(month, story), "ref"
    if ctx.dct is None:
        return None, None
    here = ctx.dct.year * 12 + ctx.dct.month
    years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    return _nearest([(y, y * 12 + month - here) for y in years], ctx.tense(), 6, _toward(ctx)), "dct"


def resolve_month_day(month: int, day: int, ctx: Context) -> tuple[int | None, str | None]:
    """Return the year of a month and day named without one."""
    year = range_year(ctx)
    if year is not None:
        return year, None
    story = ctx.story()
    if story is not None:
        return story_year(month, story), "ref"
    if ctx.dct is None:
        return None, None
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        if valid_day(year, month, day):
            candidates.append((year, (dt.date(year, month, day) - ctx.dct).days))
    if not candidates:
        return ctx.dct.year, "dct"
    return _nearest(candidates, ctx.tense(), 90, _toward(ctx)), "dct"


def _toward(ctx: Context) -> str:
    """Return "goal" after a preposition of goal or limit ("to", "until"), "after", "at" after "in"/"on"."""
    if _TOWARD.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return "goal"
    if _AFTER.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return "after"
    return "at" if _AT.search(ctx.text, max(0, ctx.start - 24), ctx.start) else ""


# "as early as Tuesday", "by Friday": a deadline ahead of the document date ("until" looks both ways).
_WOULD = re.compile(r"\bwould\s+(?:[\w-]+\s+){0,8}(?:on\s+)?\Z", re.IGNORECASE)
_LOOKS_AHEAD = re.compile(
    r"\b(?:as\s+(?:early|soon|late)\s+as|by|no\s+later\s+than|until|till|til)\s+\Z", re.IGNORECASE
)


def resolve_weekday(weekday: int, rel: str | None, ctx: Context) -> tuple[Point | None, str | None]:
    """Return the day a weekday names, from its relative word and the tense, and its anchor."""
    rel = (rel or "").lower()
    # "last Tuesday", "this Friday" speak from the writer's day even inside a story
    deictic = rel in ("last", "past", "this", "coming") and ctx.dct is not None
    story = None if deictic else ctx.story(day_only=True)
    base, anchor = (story.day, "ref") if story is not None else (ctx.dct, "dct")
    if base is None:
        return None, None
    if rel in ("last", "past", "previous"):
        day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 - 7)
    elif rel in ("next", "coming", "following"):
        day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
    elif rel == "this":
        day = base + dt.timedelta(days=weekday - base.isoweekday())
    else:
        ahead = _LOOKS_AHEAD.search(ctx.text, max(0, ctx.start - 24), ctx.start)
        # "by Friday" looks ahead, but not after a past verb: "had filed reports by Wednesday"
        tense = ctx.tense()
        if anchor == "ref" or (ahead and tense != "past"):
            tense = "future"
        possessive = ctx.text.startswith("'s", ctx.end)  # "Thursday's closing price" was reported
        if tense is None and not possessive and present_at(ctx.text, ctx.start):
            tense = "future"
        if tense is None and not possessive and _WOULD.search(ctx.text, max(0, ctx.start - 60), ctx.start):
            tense = "future"  # "said he would travel to Washington Thursday": the coming Thursday
        delta = weekday - base.isoweekday()
        if tense == "future":
            day = base + dt.timedelta(days=delta % 7)
        else:
            day = base - dt.timedelta(days=(-delta) % 7)
    return Point(day, "day"), anchor


def holiday_day(name: str, year: int) -> dt.date | None:
    """Return the day of a named holiday in `year`."""
    name = " ".join(name.lower().split())
    for pattern, mmdd, _ in vocab.FIXED_HOLIDAYS:
        if re.fullmatch(pattern, name):
            return dt.date(year, int(mmdd[:2]), int(mmdd[3:]))
    for pattern, offset, _ in vocab.EASTER_HOLIDAYS:
        if re.fullmatch(pattern, name):
            return easter(year) + dt.timedelta(days=offset)
    for pattern, month, weekday, n, _ in vocab.WEEKDAY_HOLIDAYS:
        if re.fullmatch(pattern, name):
            return nth_weekday(year, month, weekday, n)
    for pattern, month, weekday, n, _ in vocab.DAY_AFTER_WEEKDAY_HOLIDAYS:
        if re.fullmatch(pattern, name):
            return nth_weekday(year, month, weekday, n) + dt.timedelta(days=1)
    return None


def month_number(text: str) -> int | None:
    """Return the number of a month name or abbreviation."""
    return lookup(_MONTHS, text)  # type: ignore[return-value]


def weekday_number(text: str) -> int | None:
    """Return the ISO number of a weekday name."""
    return lookup(_WEEKDAYS, text)  # type: ignore[return-value]


def season_code(text: str) -> str | None:
    """Return the TIMEX3 season code of a season word."""
    return lookup(_SEASONS, text)  # type: ignore[return-value]


def part_code(text: str | None) -> str | None:
    """Return the TIMEX3 part-of-day code of a word ("morning" -> MO, "noon" -> 12:00)."""
    return lookup(_PARTS, text) if text else None  # type: ignore[return-value]


def part_value(point: Point | None, part: str | None) -> str:
    """Write a day and a part of it as a TIMEX3 value: 2025-10-22TNI, or XXXX-XX-XXTNI with no day."""
    code = part_code(part) or "XX"
    if point is None:
        return f"XXXX-XX-XXT{code}"
    # after "in 2001" the day is unknown within the year (2001-XX-XXTMO), not New Year's Day
    return f"{fmt_within(Point(point.day, 'day'), point.gran)}T{code}"


def ordinal(text: str) -> int | None:
    """Return the number of an ordinal word or figure ("third", "3rd")."""
    return lookup(_ORDINALS, text)  # type: ignore[return-value]


def reference(text: str) -> str | None:
    """Return PRESENT_REF, PAST_REF or FUTURE_REF for a reference word."""
    return lookup(_REFS, text)  # type: ignore[return-value]


def deictic_offset(text: str) -> int | None:
    """Return the day offset of today/yesterday/tomorrow..."""
    return lookup(_DEICTIC, text)  # type: ignore[return-value]


def frequency(text: str) -> str | None:
    """Return the SET value of daily/weekly/..."""
    return lookup(_FREQ, text)  # type: ignore[return-value]


# "about two hours", "at around 4am": TimeBank leaves the approximator outside the extent, yet it
# still makes the value approximate.
_APPROX_BEFORE = re.compile(r"\b(?:about|around|approximately|some|roughly|circa)\s+\Z", re.IGNORECASE)


def approximate(ctx: Context) -> str | None:
    """Return APPROX when an approximator ("about", "around") stands just before the expression."""
    return "APPROX" if _APPROX_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start) else None


def quantity_mod(text: str | None) -> str | None:
    """Return the mod of an approximator or bound ("about" -> APPROX)."""
    return lookup(_QMODS, text) if text else None  # type: ignore[return-value]


def decade_word(text: str) -> int | None:
    """Return the digit of a decade word ("nineties" -> 9)."""
    return _DECADE_WORDS.get(text.lower())


__all__ = [
    "Norm",
    "Point",
    "duration_value",
    "fmt",
    "holiday_day",
    "mod_of",
    "number",
    "resolve_month",
    "resolve_month_day",
    "resolve_weekday",
    "shift",
    "unit_gran",
]
