"""Tell a day of the year that a future verb governs: "will celebrate Thanksgiving", "will meet on Nov. 20".

A holiday or a month and day named without a year takes the one nearest the document date when it lies
within a month of it (resolve.py: "shoppers flocked to stores ahead of Christmas" a fortnight before).
A future verb right before it cannot speak of one already gone: "we will celebrate Thanksgiving" written
two weeks after it is next year's, as "the board will meet on Nov. 20" written in December is. A holiday
naming what it qualifies ("will report Christmas sales" in January) keeps the nearest one.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context

# (words of the future verb, example): the future marker and at most five words between it and the date,
# none of them a word that starts a clause of its own or points back.
_FUTURE_MARKERS: list[tuple[str, str]] = [
    (r"will|shall|['’]ll", "will celebrate Thanksgiving / we'll spend Christmas at home"),
    (r"won['’]t|will\s+not", "won't be home for Christmas"),
    (r"(?:is|are|am|['’]re|['’]m)\s+going\s+to", "are going to open on Nov. 20"),
]
_BETWEEN_STOP = (
    r"since|after|from|than|when|which|who|that|last|ago|said|says|and|or|but|because|if"
    # a verb of memory: "will never forget Christmas", "will be remembered for Dec. 1"
    r"|remember\w*|forget\w*|forgotten|recall\w*|miss\w*|regret\w*|cherish\w*"
)
_FUTURE_VERB = re.compile(
    r"\b(?:" + "|".join(words for words, _ in _FUTURE_MARKERS) + r")\s+"
    rf"(?:(?!(?:{_BETWEEN_STOP})\b)[\w'’-]+\s+){{1,5}}\Z",
    re.IGNORECASE,
)
# (nouns a holiday qualifies that tell of it afterwards, example): "Christmas sales", "Easter trading".
_LOOKED_BACK_ON: list[tuple[str, str]] = [
    (r"sales?|spending|trading|shopping|figures|results|receipts|returns", "will report Christmas sales"),
    (r"season|period|quarter|week|weekend|holidays?|break|rush", "will review the Easter period"),
]
_QUALIFIES = re.compile(r"\s+(?:" + "|".join(nouns for nouns, _ in _LOOKED_BACK_ON) + r")\b", re.IGNORECASE)


def will_do_on(ctx: Context, *, holiday: bool = False) -> bool:
    """Say whether a future verb right before the span governs it, so that its day lies ahead."""
    before = ctx.text[max(0, ctx.start - 60) : ctx.start]
    if "ll" not in before and "going" not in before and "won" not in before:
        return False  # the cheap test first: no "will", "shall", "'ll", "won't" or "going to"
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind(", "))
    if cut >= 0:
        before = before[cut + 2 :]
    if not _FUTURE_VERB.search(before):
        return False
    return not (holiday and _QUALIFIES.match(ctx.text, ctx.end))
