"""Handler for a part of a unit: ".17 of a second", "a quarter of an hour", "half a day" (TIMEX3 DURATION).

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and sets.py.
"""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal import vocab
from timeline.temporal.anchor import Context
from timeline.temporal.normalize import Norm, approximate
from timeline.temporal.rules import Groups, handles

_FRACTIONS = [(re.compile(pattern, re.IGNORECASE), share) for pattern, share, _ in vocab.FRACTIONS]
# A part of a unit is written in the next smaller unit when it comes out whole: a quarter of an hour is
# PT15M, half a day PT12H; a part of a second keeps its decimals (PT0.17S).
_SMALLER = {
    "minute": (60, "second"),
    "hour": (60, "minute"),
    "day": (24, "hour"),
    "week": (7, "day"),
    "year": (12, "month"),
    "decade": (10, "year"),
    "century": (100, "year"),
}


@handles("fraction")
def _fraction(g: Groups, ctx: Context) -> Norm | None:
    frac = " ".join((g.get("frac") or g.get("qfrac") or "").lower().split())
    if g.get("half"):
        count = 0.5
    elif frac[0].isdigit() or frac[0] == ".":
        count = float(frac)
    else:
        count = next((share for pattern, share in _FRACTIONS if pattern.fullmatch(frac)), None)
    if not count:
        return None
    unit = g["unit"].lower()
    while round(count, 6) != int(round(count, 6)) and unit in _SMALLER:
        factor, unit = _SMALLER[unit]
        count *= factor
    mod = nz.quantity_mod(g.get("qm")) or approximate(ctx)  # "more than a quarter century"
    return Norm("DURATION", nz.duration_value(round(count, 6), unit), mod=mod)
