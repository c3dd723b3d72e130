"""Keep a speaker's coming period out of the writer's report: a quoted "next week" anchors no "week before".

"'We expect calm next week,' a broker said. Volume rose from the previous week.": the writer reports the
week ending at the document date and compares it with the one before; the broker's coming week is not the
week the writer counts back from.
"""

from __future__ import annotations

from timeline.temporal.anchor import Context
from timeline.temporal.dated_saying import quotation_mark
from timeline.temporal.quoted_days import single_quoted
from timeline.temporal.values import Point, fmt


def _quoted(text: str, position: int) -> bool:
    return quotation_mark(text, position) is not None or single_quoted(text, position)[0] >= 0


def quoted_ahead(ctx: Context) -> bool:
    """Say whether the date just told lies ahead in a quotation that this past clause stands outside.

    Only the expression right before this one counts (`Context.prev_end`), so a date the writer told in
    between stays the anchor.
    """
    ref, dct = ctx.ref, ctx.dct
    if ref is None or dct is None or ctx.prev_end is None or ref.day <= dct:
        return False
    if fmt(ref) == fmt(Point(dct, ref.gran)):
        return False  # "later this week": the writer's own week, which the report may count from
    inside = _quoted(ctx.text, ctx.prev_end - 1) and not _quoted(ctx.text, ctx.start)
    return inside and ctx.tense() == "past"
