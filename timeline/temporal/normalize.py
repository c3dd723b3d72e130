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
from timeline.temporal.anchor import Context
from timeline.temporal.lunar import lunar_day
from timeline.temporal.resolve import resolve_month, resolve_month_day
from timeline.temporal.values import Point, easter, fmt, fmt_within, nth_weekday, shift
from timeline.temporal.weekdays import resolve_weekday

Lookup = list[tuple[re.Pattern[str], object]]


def _table(rows, value_index: int = 1) -> Lookup:
    return [(re.compile(f"(?:{row[0]})\\Z", re.IGNORECASE), row[value_index]) for row in rows]


_MONTHS, _WEEKDAYS = _table(vocab.MONTHS), _table(vocab.WEEKDAYS)
_SEASONS, _PARTS = _table(vocab.SEASONS), _table(vocab.PARTS_OF_DAY)
_UNITS, _UNIT_GRAN = _table(vocab.UNITS), _table(vocab.UNITS, 2)
_UNIT_LETTERS = _table(vocab.UNIT_LETTERS)


def unit_of_letter(letter: str) -> str:
    """Return the unit word a web page's letter stands for: "h" (of "2h ago") -> hours."""
    return lookup(_UNIT_LETTERS, letter) or "hours"


_ORDINALS, _REFS = _table(vocab.ORDINALS), _table(vocab.REFERENCES)
_DEICTIC, _FREQ = _table(vocab.DEICTIC_DAYS), _table(vocab.FREQUENCIES)
_MODS, _QMODS = _table(vocab.MODIFIERS), _table(vocab.QUANTITY_MODS + vocab.QUANTITY_TAILS)
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
    end_value: str | None = None  # the last year of a span written as one expression ("the 2006/07 season")


def number(text: str) -> float | None:
    """Read a count written in digits or words ("24", "twenty-four", "a couple of"); None if unspecified."""
    text = " ".join(text.lower().replace("-", " ").split())
    half = text == "half" or text.endswith("a half") or text.endswith(" 1/2")  # "half" of "half-hour"
    text = re.sub(r"\s*(?:(?:and )?a half| 1/2)$", "", text)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        value: float | None = float(text.replace(",", ""))
    elif text in _WORDS:
        value = _WORDS[text]
    elif re.fullmatch(r"\w+ (?:hundred|thousand)", text) and text.split()[0] in _WORDS:
        value = _WORDS[text.split()[0]] * (100 if text.endswith("hundred") else 1000)  # "six hundred"
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
    for pattern, month, weekday, n, days, _ in vocab.DAYS_AFTER_WEEKDAY_HOLIDAYS:
        if re.fullmatch(pattern, name):
            return nth_weekday(year, month, weekday, n) + dt.timedelta(days=days)
    return lunar_day(name, year)


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
    """Return the mod of an approximator or bound, before or after a length ("about", "or so" -> APPROX)."""
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
