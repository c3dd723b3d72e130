"""Tell a length word that is an amount or a rate, not a time: "added a second", "60 miles an hour"."""

from __future__ import annotations

import re

from timeline.temporal.wordsense import text_before as _before

# Verbs after which "a second" is a second goal, title or prize, not a length of time.
_SCORED = re.compile(
    r"\b(?:add(?:s|ed|ing)?|scor(?:e|es|ed|ing)|net(?:s|ted|ting)?|grab(?:s|bed|bing)?|win(?:s|ning)?|won"
    r"|claim(?:s|ed|ing)?|earn(?:s|ed|ing)?|secur(?:e|es|ed|ing)|notch(?:es|ed|ing)?|bag(?:s|ged|ging)?"
    r"|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|snatch(?:es|ed|ing)?)\s+\Z",
    re.IGNORECASE,
)
# Verbs of batting before "a century": runs, not a hundred years ("made a century", "hit a half-century").
_RUNS = re.compile(
    r"\b(?:hit(?:s|ting)?|ma(?:de|ke|kes|king)|struck|strik(?:e|es|ing)|reach(?:es|ed|ing)?|complet(?:e|es|ed|ing)"
    r"|compil(?:e|es|ed|ing)|brought\s+up|bring(?:s|ing)?\s+up|sacrific(?:e|es|ed|ing)"
    r"|smash(?:es|ed|ing)?|post(?:s|ed|ing)?)\s+\Z",
    re.IGNORECASE,
)
# "three-quarters of its food": a fraction, unless a year follows ("a quarter of fiscal 1990"); "a quarter
# point", "a quarter-percentage-point cut": a fraction of a point; "a quarter century" is no P1Q.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!fiscal\b|the\s+(?:fiscal\s+)?year\b|(?:this|last|next)\s+year\b|\d)|[\s-]+(?:of\s+a\s+)?"
    r"(?:percentage[\s-]+)?points?\b|[\s-]+century\b",
    re.IGNORECASE,
)
# A share of an amount ("a decrease of about a quarter", "fell by a quarter") or places ("in some quarters").
_SHARE_BEFORE = re.compile(
    r"\b(?:(?:of|by)\s+(?:about|nearly|almost|roughly|around|some|more\s+than|less\s+than|over|under)|by)\s+\Z",
    re.IGNORECASE,
)
_PLACES = frozenset("some certain many other several all".split())
# What may follow "a second" that is a span of time: a stop, or a word of time or measure.
_SECOND_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:ago|later|earlier|or|of|to|for|in|before|after|longer|too|more|less)\b"
)
_AN = ("a", "an")  # "60 miles an hour" is a speed as "60 miles per hour" is
_SPEED_BEFORE = re.compile(
    r"\b(?:kilometers?|kilometres?|km|miles?|meters?|metres?|feet|knots?|words?|beats?|revolutions?)\s+$",
    re.IGNORECASE,
)


def amount(rule: str, groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a "set" or "duration" match is a rate, a fraction, a score or an ordinal, not a time."""
    if (
        (rule == "set" and groups["q"].lower() == "per" or rule == "duration" and groups["n"].lower() in _AN)
        and groups["unit"].lower() in ("hour", "minute", "second")
        and _SPEED_BEFORE.search(_before(text, start, 24))
    ):
        return True  # "100 kilometers per hour", "60 miles an hour": a rate, not a repeated time
    if (
        rule == "duration"
        and groups["unit"].lower() == "second"
        and groups["n"].lower() in ("a", "an", "one")
    ):
        # "a second attempt", "A second Palestinian", "a second-floor window", "a second and final day"
        # are ordinals; "a second later", "wait a second." are durations. After a verb of scoring or
        # winning, "a second" is the second goal, title or prize: "Havertz added a second".
        return bool(_SCORED.search(_before(text, start, 24))) or not _SECOND_AFTER.match(text, end)
    if (
        rule == "duration"
        and groups["unit"].lower() == "century"
        and groups["n"].lower() in ("a", "a half", "one", "another")
        and (_SCORED.search(_before(text, start, 24)) or _RUNS.search(_before(text, start, 24)))
        and not re.match(r"\s+of\b", text[end : end + 4])  # "made a century of progress" is a span
    ):
        return True  # cricket: "hit a half-century", "sacrificed a century": fifty or a hundred runs
    if (
        rule == "duration"
        and groups["unit"].lower().startswith("quarter")
        and groups["n"].lower() in ("a", "one", "three")  # "several quarters of losses" is a span
        and _FRACTION_OF.match(text, end)
    ):
        return True  # a fraction: "three-quarters of its food", "a quarter of the market"
    if rule == "duration" and groups["unit"].lower().startswith("quarter") and (
        (
            groups["n"].lower() in _PLACES
            and re.search(r"\b(?:in|from)\s+\Z", _before(text, start, 8))
            and not re.match(r"\s+of\b", text[end : end + 4])  # "in some quarters of 2008" is time
        )
        or _SHARE_BEFORE.search(_before(text, start, 36))
    ):
        return True  # "a fall of about a quarter", "cut by a quarter", "argued in some quarters": no span
    return False
