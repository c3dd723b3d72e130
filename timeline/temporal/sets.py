"""Handlers for recurring times (TIMEX3 SET): "every Monday", "each week", "twice a year", "daily".

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and days.py.
"""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import WEEKDAY
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import Groups, handles

# "every morning", "each night": a part of every day, not a whole day (TIMEX3 writes XXXX-XX-XXTNI)
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nite": "NI"}


@handles("set")
def _set(g: Groups, ctx: Context) -> Norm | None:
    q = g["q"].lower()
    if q in ("a", "an"):
        return None
    unit = g["unit"]
    quant = "EVERY" if q in ("every", "per") else "EACH"
    weekday, month, season = nz.weekday_number(unit), nz.month_number(unit), nz.season_code(unit)
    if weekday:
        return Norm("SET", f"XXXX-WXX-{weekday}", quant=quant)
    part = _PARTS.get(unit.lower())
    if part and not g.get("n") and not g.get("other"):
        return Norm("SET", f"XXXX-XX-XXT{part}", quant=quant)  # "every afternoon": that part of each day
    if nz.duration_value(1, unit) == "P2D" and not g.get("n") and not g.get("other"):
        return Norm("SET", "XXXX-WXX-WE", quant=quant)  # "every weekend"
    if month and unit[0].isupper():
        return Norm("SET", f"XXXX-{month:02d}", quant=quant)
    if season:
        return Norm("SET", f"XXXX-{season}", quant=quant)
    count = nz.number(g["n"]) if g.get("n") else 1
    if g.get("other"):
        count = 2
    return Norm("SET", nz.duration_value(count, unit), quant=quant)


@handles("times")
def _times(g: Groups, ctx: Context) -> Norm | None:
    word = g["n"].lower()
    if g.get("part"):
        # "five days a week": TIMEX3 writes the count of smaller units as the frequency (freq="5D")
        count = nz.number(word[: -len(g["part"])].strip())
        letter = nz.duration_value(1, g["part"]).removeprefix("PT1").removeprefix("P1")
        return Norm("SET", nz.duration_value(1, g["unit"]), freq=f"{int(count)}{letter}" if count else None)
    count = {"once": 1, "twice": 2, "thrice": 3}.get(word) or nz.number(word.replace("times", "").strip())
    return Norm("SET", nz.duration_value(1, g["unit"]), freq=f"{int(count)}X" if count else None)


@handles("freq")
def _freq(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", nz.frequency(g["fw"]) or "P1D")


@handles("setday")
def _setday(g: Groups, ctx: Context) -> Norm | None:
    weekday = nz.weekday_number(g["wd"][:-1])
    return Norm("SET", f"XXXX-WXX-{weekday}", quant="EVERY") if weekday else None


@handles("setdaypart")
def _setdaypart(g: Groups, ctx: Context) -> Norm | None:
    # "flights leave on Tuesday nights": that part of every such weekday, no quantifier word
    weekday = nz.weekday_number(g["wd"])
    return Norm("SET", f"XXXX-WXX-{weekday}T{_PARTS[g['part'][:-1].lower()]}") if weekday else None


@handles("pastseasons")
def _past_seasons(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", f"XXXX-{nz.season_code(g['season'][:-1])}")


@handles("byunit")
def _by_unit(g: Groups, ctx: Context) -> Norm | None:
    # "rising by the year" is "yearly": TIMEX3 writes a set with no quantifier word as P1Y without quant
    return Norm("SET", nz.duration_value(1, g["unit"]))


# A frame that makes a clock time recur: the time is of no one day (TIMEX3 writes XXXX-XX-XXT08:00).
# Each row is a frame and an example of a clock time inside it.
_RECURRING_FRAMES = (
    (
        r"(?:every|each)\s+(?:other\s+)?(?:day|morning|afternoon|evening|night|nite|weekday|weekend)",
        "open every day between 8 a.m. and 8 p.m.",
    ),
    (
        r"(?:every|each)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
        "the office opens every Friday at 8 a.m.",
    ),
    (r"daily|nightly", "the shop opens daily from 9 a.m."),
    (
        r"(?:on\s+)?(?:weekdays|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)",
        "the ferry leaves on weekdays at 6 p.m.; open Mondays from 10 a.m. to 5 p.m.",
    ),
)
_FRAME = "(?:" + "|".join(row for row, _ in _RECURRING_FRAMES) + ")"
# The frame, then (in the same sentence, a.m./p.m. allowed) a word that sets a clock time: "at", "from",
# "between", "to", "and", "until"; "every day between 8 a.m. and 8 p.m." has both times in the frame. Or the
# clock time right after the frame: "every nite 10pm".
_FRAME_BEFORE = re.compile(
    rf"\b{_FRAME}\b(?:(?:[^.;!?\n]|(?<=[ap])\.|(?<=[ap]\.m)\.){{0,40}}?"
    r"\b(?:at|from|between|to|and|until|till|by)\s+(?:(?:about|around)\s+)?|,?\s+)\Z",
    re.IGNORECASE,
)
# "opens at 9 a.m. daily", "at 6 p.m. on weekdays": the frame right after the clock time, or after the
# second clock time of a range ("between 9 a.m. and noon every day", "from 8 to 11:30 a.m. daily").
_RANGE_END = (
    r"(?:\s*(?:-|–|and|to|until|till)\s*"
    r"(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?(?!\d)(?:\s*[ap]\.?m\.?)?))?"
)
_FRAME_AFTER = re.compile(rf"{_RANGE_END},?\s+{_FRAME}\b", re.IGNORECASE)


def in_recurring_frame(text: str, start: int, end: int) -> bool:
    """Say whether a clock time lies in a recurring frame ("every day between 8 a.m. and 8 p.m.")."""
    return bool(_FRAME_AFTER.match(text, end) or _FRAME_BEFORE.search(text, max(0, start - 80), start))


# "on Monday and Tuesday nights", "Monday, Wednesday and Friday mornings": the plural part of the day after
# the last weekday of a list makes each weekday of it a recurring one (TimeBank annotates two SETs,
# XXXX-WXX-1TNI and XXXX-WXX-2TNI), as "every Monday and Thursday" does with "every" before the first. A
# week's list is short: the bound keeps "Monday, Monday, ..." from being read again at each weekday.
_PAIRED_PLURAL = re.compile(
    rf"(?:,\s*{WEEKDAY}){{0,5}},?\s+(?:and|&|or)\s+{WEEKDAY}\s+(?P<parts>nights|mornings|afternoons|evenings)\b",
    re.IGNORECASE,
)


def paired_plural_part(text: str, end: int) -> str | None:
    """Return the part-of-day code a weekday shares with a later weekday in a plural ("Monday and Tuesday
    nights" -> "NI"), or None when no plural part of the day follows its list."""
    found = _PAIRED_PLURAL.match(text, end)
    return nz.part_code(found.group("parts")[:-1]) if found else None
