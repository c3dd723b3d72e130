"""Say whether "a year ago" sets a figure against the same quarter or the same month a year back.

Results reporting compares a figure with the same period a year before: after a quarter, "net rose from
$4 million a year ago" is that quarter a year back; after a month named in the sentence, "orders in
February rose 9% from a year earlier" is last February. relative._shifted asks these questions.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import SENTENCE_START, Context
from timeline.temporal.fragments import MONTH

# Words that set a figure against an earlier one, right before "a year ago" / "a year earlier".
_COMPARE_WORDS = [
    ("from", "profit rose 19% from a year ago"),
    ("than", "prices were higher than a year ago"),
    ("compared with", "costs, compared with a year earlier, rose"),
    ("compared to", "sales rose compared to a year earlier"),
    ("versus", "a loss versus a year earlier"),
    ("vs.", "12 cents vs. a year ago"),
    ("against", "a profit against a year earlier"),
    ("over", "sales rose 4% over a year ago"),
    ("quarter", "for the quarter a year ago"),
    ("period", "in the period a year earlier"),
]
_COMPARED_WITH = re.compile(
    r"\b(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word, _ in _COMPARE_WORDS) + r")\s+\Z",
    re.IGNORECASE,
)
# Words of results reporting: a figure that moved, or the figure itself. In the sentence of "a year ago"
# they make it a comparison with the same quarter a year back.
_RESULTS_WORDS = [
    ("rose|rise|risen|climbed|gained|grew|grown|increased|jumped|soared|surged", "a year ago it rose"),
    ("fell|fallen|declined|decreased|dropped|slipped|slid", "sales fell a year earlier"),
    ("plunged|tumbled|slumped", "a year ago profit plunged"),
    ("earned|lost|posted", "a year earlier it earned $3 million"),
    ("net|profits?|revenues?|sales|earnings|loss|losses|income|margins?", "net was higher a year ago"),
]
# A money or percentage figure: "$4.1 million", "C$2.3 million", "12%", "6.70 guilders", "three cents".
_FIGURE = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:%|percent\b|per\s+cent\b)"
    r"|\b[\d.,]+\s+(?:million|billion|trillion|cents|pence|yen|euros|dollars|pounds|francs|marks|guilders|yuan)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+cents\b"
    r"|\b(?:" + "|".join(words for words, _ in _RESULTS_WORDS) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“'(])|\n")


def compares_figures(ctx: Context) -> bool:
    """Say whether "a year ago" here sets a figure against the year before, as results reporting does.

    After a quarter ("Profit fell in the third quarter") a year back in a comparison is that quarter a
    year back ("net rose to $5 million from $4 million a year ago", "A year earlier, net was $2 million",
    "higher than a year ago", "A year ago it fell"), as TimeBank annotates it; outside one ("moved its
    headquarters two years ago") it is a year. The figure is looked for before the expression in its
    sentence, or after it when the expression opens the sentence.
    """
    if _COMPARED_WITH.search(ctx.text, max(0, ctx.start - 16), ctx.start):
        return True
    window = max(0, ctx.start - 300)
    starts = [m.end() for m in SENTENCE_START.finditer(ctx.text, window, ctx.start + 1)]
    opens = starts[-1] if starts else window
    if _FIGURE.search(ctx.text, opens, ctx.start):
        return True  # "a loss of $2.6 million, or 14 cents a share, a year ago"
    if ctx.text[opens : ctx.start].strip(" \"“'("):
        return False
    stop = _SENTENCE_STOP.search(ctx.text, ctx.end, ctx.end + 300)
    return _FIGURE.search(ctx.text, ctx.end, stop.start() if stop else ctx.end + 300) is not None


# The reference names its month ("orders in February", "the December index"), not "last month": a month
# counted from the document date is more often when a figure was reported than the period it covers.
_NAMED_MONTH_END = re.compile(rf"\b(?:{MONTH})\Z", re.IGNORECASE)


def same_sentence_ref(ctx: Context) -> bool:
    """Say whether the reference is a month named just before this expression, in the same sentence."""
    return (
        ctx.prev_end is not None
        and re.search(r"[.;!?]\s", ctx.text[ctx.prev_end : ctx.start]) is None
        and _NAMED_MONTH_END.search(ctx.text, max(0, ctx.prev_end - 12), ctx.prev_end) is not None
    )
