"""Days whose date names a happening: "Sept. 11" in the years after 2001 is the attacks of that year.

A month and day without a year is otherwise read against the document date and the tense
(resolve.py); these days keep their year when the words around them name the happening.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context

# "the Sept. 11 attacks", "Sept. 11 hijackers": after 2001 the day names the attacks of that year, however
# near a later Sept. 11 lies.
SEPT_11 = dt.date(2001, 9, 11)
_NAMED_ATTACKS = re.compile(
    r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|attackers|hijack(?:ers|ings?)|commission|victims)\b",
    re.IGNORECASE,
)
# "since Sept. 11", "following Sept. 11": in the decade after 2001 a bare Sept. 11 as the turning point of
# a change told in the past or present is the attacks, unless a later Sept. 11 is only weeks old ("shares
# have fallen since Sept. 11" in late September) or the clause looks ahead. "post-Sept. 11" and
# "pre-Sept. 11" always name the attacks. ("before Sept. 11" and "after Sept. 11" are as often deadlines:
# "register before Sept. 11".)
_TURNING_POINT = re.compile(r"\b(?:since|following)\s+\Z", re.IGNORECASE)
_EPOCH = re.compile(r"\b(?:post|pre)-\Z", re.IGNORECASE)
_ATTACKS_DECADE = 10  # years after 2001 in which a bare Sept. 11 still names the attacks
_FRESH_DAYS = 31  # days after a later Sept. 11 within which "since Sept. 11" may be that one


def _turning_point(ctx: Context) -> bool:
    """Say whether a bare Sept. 11 after "since", "following" or "post-" names the attacks of 2001."""
    dct = ctx.dct
    if dct is None:
        return False
    if _EPOCH.search(ctx.text, max(0, ctx.start - 6), ctx.start):
        return True
    if dct.year - SEPT_11.year > _ATTACKS_DECADE or not _TURNING_POINT.search(
        ctx.text, max(0, ctx.start - 12), ctx.start
    ):
        return False
    latest = dt.date(dct.year if dct >= dt.date(dct.year, 9, 11) else dct.year - 1, 9, 11)
    fresh = latest > SEPT_11 and (dct - latest).days <= _FRESH_DAYS
    return not fresh and ctx.tense() != "future"


def names_attacks(ctx: Context) -> bool:
    """Say whether a Sept. 11 without a year names the attacks of 2001."""
    if ctx.dct is None or ctx.dct <= SEPT_11:
        return False
    return _NAMED_ATTACKS.match(ctx.text, ctx.end) is not None or _turning_point(ctx)
