"""Tell a date that belongs to a figure from one that dates an event, each rule with examples.

The period a figure is compared with ("up 9% from a year earlier", "compared to Wednesday's close", "than the
same period of 2024") and a bare number read as a year that is part of a figure ("1300 billion dinars",
"1.1777 dollars") date nothing that happened. references.refers_only asks both; dating.py asks is_baseline
of a date joined from two.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression

# What a figure's own reference period follows, each with an example: "compared to Wednesday's close",
# "against Friday's 5 p.m. quotes", "up from 686 billion yen in February", "than the same period of 2024".
_COMPARED = r"(?:compared\s+(?:to|with)|against|versus|than|\b(?:up|down)\s+from)"
_COMPARED_WORDS = (
    "compared", "against", "versus", "than", "from", "that of", "those of", "that in", "those in",
)
_BASELINE = [
    # a possessive date after the comparison: "compared to Wednesday's close"
    (re.compile(rf"\b{_COMPARED}\s+\Z", re.I), re.compile(r"['’]s\s")),
    # the time of that baseline: "against Friday's 5 p.m. quotes"
    (re.compile(rf"\b{_COMPARED}\s+[A-Z][a-z]+['’]s\s+\Z", re.I), None),
    # "compared with the same period of 2004", "than the same month last year"
    (re.compile(rf"\b{_COMPARED}\s+(?:the\s+)?same\s+(?:period|time|month|quarter|week|day)\s+"
                r"(?:of\s+|in\s+)?\Z", re.I), None),
    # "up from 412.3 billion pesos in March": the figure of another period
    # or "a jump from 4 percent in 2019"
    (re.compile(r"\b(?:up|down|(?:a|an)\s+(?:jump|rise|increase|drop|fall|decline|gain))\s+from\s+"
                r"(?:[$£€]\s?)?\d[\d.,]*(?:\s+[a-z]+){0,2}\s+(?:(?:in|on)\s+)?\Z", re.I), None),
    # the same with a round figure: "up from about 200 mln dlrs in 1985", "down from nearly $3 billion in May"
    (re.compile(r"\b(?:up|down)\s+from\s+(?:about|around|nearly|almost|roughly|some|over|under|more\s+than"
                r"|less\s+than)\s+(?:[$£€]\s?)?\d[\d.,]*(?:\s+[a-z]+){0,2}\s+(?:(?:in|on)\s+)?\Z", re.I),
     None),
    # "(shipped $410 million,) down by 12.4 percent from 2019": a verbless change after a comma, its baseline
    (re.compile(r",\s+(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+from\s+\Z", re.I),
     None),
    # a change named by a noun, then its starting period: "a substantial drop from 1999"
    (re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:jump|rise|increase|drop|fall|decline|gain|cut)\s+from\s+\Z",
                re.I), None),
    # "more than tripling that of 2019", "higher than those of last year": a figure named by its period
    (re.compile(r"\b(?:that|those)\s+(?:of|in)\s+\Z", re.I), None),
    # "compared with the previous year", "compared with 41 percent in a survey in June", "compared to the 60
    # million recorded in 1949": the phrase names the baseline, not a clause of its own (not "compared with
    # June, when the plant closed", nor past a comma)
    (re.compile(r"\bcompared\s+(?:with|to)\s+(?:(?!(?:when|which|that|who|where|and|but)\b)[^\s,;:.()—–]+\s+)"
                r"{0,8}(?:(?:in|on|at|during|of)\s+)?\Z", re.I), re.compile(r"(?!\s*,?\s*(?:when|where)\b)")),
]
# The words one of which each _BASELINE pattern holds, row by row: a window (lowercased) without any of them
# is passed over (tests/test_events_shortcuts.py: every match holds one).
_BASELINE_WORDS = [
    ("compared", "against", "versus", "than", "from"),  # _COMPARED: "up from", "down from" hold "from"
    ("compared", "against", "versus", "than", "from"),
    ("compared", "against", "versus", "than", "from"),
    ("from",), ("from",), ("from",), ("from",),
    ("that", "those"),
    ("compared",),
]
# A figure's change without a verb and "from" before a period counted back: "up 9% from a year earlier",
# "down 2 cents from the previous quarter".
_CHANGE_FROM = re.compile(
    r"\b(?:up|down|higher|lower)\s+(?:[$£€]\s?)?[\d.,]+\s*(?:%|percent|per\s+cent|points?|cents?)?\s+"
    r"(?:from|on|over)\s+\Z",
    re.I,
)  # not "profit grew 19% from a year ago": the gold of TimeBank dates such a verb by its baseline
_EARLIER_PERIOD = re.compile(
    r"(?:a|one|the)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)"
    # "the quarter a year ago", "the comparable year-ago period": one expression each (the tagger's)
    r"|the\s+(?:quarter|period|half|month)\s+a\s+year\s+(?:earlier|ago)"
    r"|(?:the\s+)?(?:(?:comparable|corresponding)\s+)?(?:previous|prior|preceding|year-earlier|year-ago)\s+"
    r"(?:year|quarter|month|week|period)",
    re.I,
)
# A bare number read as a year that is part of a figure, each with an example: "to 1300 billion dinars",
# "1.1777 dollars" (a rate's decimals), "1,300".
_FIGURE_UNIT = re.compile(
    r"\s*(?:billion|million|trillion|thousand|percent|per\s+cent|dollars|euros|yen|yuan|pounds|tons|tonnes"
    r"|barrels|points|kg|km|metres|meters|people|units)\b", re.I
)


def is_baseline(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date is the period a figure is compared with, not when anything happened:
    "closed lower at 501 dollars, compared to Wednesday's close of 514 dollars".
    """
    window = text[max(0, timex.start - 60) : timex.start].lower()
    changed = _EARLIER_PERIOD.fullmatch(timex.text) and _CHANGE_FROM.search(text, max(0, timex.start - 40),
                                                                             timex.start)
    if changed:
        return True  # "net income of $412 million, up 9% from (on, over) a year earlier"
    if not any(map(window.__contains__, _COMPARED_WORDS)):  # the same test as a generator, without its frames
        return False  # most dates: no comparison word near, no regular expression to run
    if re.match(r"(?:the\s+)?same\s", timex.text, re.I) and re.search(
        rf"\b{_COMPARED}\s+\Z", text[max(0, timex.start - 30) : timex.start], re.I
    ):
        return True  # "compared with the same period last year"
    # an ASCII window folds as re.I does: a pattern whose words it lacks cannot match (_BASELINE_WORDS)
    ascii_window = window.isascii()
    for (before, after), words in zip(_BASELINE, _BASELINE_WORDS, strict=True):
        if ascii_window and not any(map(window.__contains__, words)):
            continue
        if before.search(text, max(0, timex.start - 60), timex.start) and (
            after is None or after.match(text, timex.end)
        ):
            return True
    return False


def is_figure(text: str, timex: TimeExpression) -> bool:
    """Tell whether a bare number read as a year is a figure: "1300 billion dinars", "1.1777 dollars"."""
    if not timex.text.isdigit():
        return False
    joined = timex.start > 0 and text[timex.start - 1] in "0123456789.,"
    return joined or _FIGURE_UNIT.match(text, timex.end) is not None
