"""The day "the same day" points back to when the last date told lies ahead of the writer.

"that day", "the same day", "earlier the same day" count from the last date the text told. A date told
after the document date is a plan ("results are due on Sunday night"), which a clause in the past cannot
refer to: "The skipper told us earlier the same day that ..." is then the last day told that is not after the
document date, or the document date itself.
"""

from __future__ import annotations

from timeline.temporal.anchor import Context
from timeline.temporal.values import Point


def past_same_day(ctx: Context) -> tuple[Point, str | None] | None:
    """Return the day a past-tense "the same day" refers to, and its anchor, when the last date told lies
    after the document date; None when that date may stand.
    """
    ref, dct = ctx.ref, ctx.dct
    if ref is None or dct is None or ref.gran != "day" or ref.day <= dct or ctx.tense() != "past":
        return None
    told = [point for start, point in ctx.days if start < ctx.start and point.day <= dct]
    if told and told[-1].day != dct:
        return told[-1], None  # a day told earlier, whose expression the context does not name
    return Point(dct, "day"), "dct"
