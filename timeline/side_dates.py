"""Tell the dates of a sentence that date nothing beside its event: a corrected date, a year used as a label.

"The gates closed on July 10 — that is July 10, not July 11": the second July 10 restates the first and
July 11 is what a correction says was wrong. "Creek crested at 14.2 ft on June 10 (2024 flood: 16.8 ft)":
2024 only names the flood the crest is compared with. Both need another date in the sentence, the one its
event happens on; alone, "The vote was held on July 10, not July 11" still has July 10.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression
from timeline.verbs import has_verb

# What sits before a date that corrects or restates an earlier one, looked for at the end of the text
# before it (each row: an example).
_CORRECTING = [
    r",?\s*not\s+(?:on\s+|in\s+|at\s+)?",  # "on July 10, not (July 11)"
    r"\brather\s+than\s+(?:on\s+|in\s+)?",  # "on July 10 rather than (July 11)"
    r"\binstead\s+of\s+(?:on\s+|in\s+)?",  # "on July 10 instead of (July 11)"
    r"\b(?:that\s+is|i\.\s?e\.|namely|meaning)\s*,?\s*(?:on\s+|in\s+)?",  # "— that is (July 10)"
]
_CORRECTION = re.compile(rf"(?:{'|'.join(_CORRECTING)})\Z", re.I)
# A word each of _CORRECTING holds.
_CORRECTING_WORDS = ("not", "than", "instead", "that", "i.", "namely", "meaning")
# A period the clause happens in, whose dates the parenthesis after it gives: "during the plan (2026-2030)".
_GLOSSES_PERIOD = re.compile(
    r"\b(?:during|over|throughout|within|in)\s+(?:the|its|their|this|a|an)\s+[^,;()]*\s\Z", re.I
)
# A short stretch of text before a date holds all the patterns above need.
_LOOK_BACK = 24


def corrects(text: str, timex: TimeExpression, earlier: list[TimeExpression]) -> bool:
    """Tell whether a date corrects or restates a date before it in its sentence: "..., not July 11"."""
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start].lower()
    if not any(word in before for word in _CORRECTING_WORDS):  # most dates: no pattern to try
        return False
    if not any(e.end <= timex.start for e in earlier):
        return False
    return _CORRECTION.search(text, max(0, timex.start - _LOOK_BACK), timex.start) is not None


def correction_start(text: str, sentence: tuple[int, int], timexes: list[TimeExpression]) -> int | None:
    """Return where the first correction of a sentence begins ("— that is July 10, not July 11"), so that
    the clause of the date it corrects ends there, or None when nothing in it corrects a date."""
    starts = []
    for timex in timexes:
        if corrects(text, timex, [t for t in timexes if t is not timex]):
            marker = _CORRECTION.search(text, max(0, timex.start - _LOOK_BACK), timex.start)
            starts.append(marker.start())
    if not starts:
        return None
    cut = min(starts)
    while cut > sentence[0] and text[cut - 1] in " ,;—–-":
        cut -= 1
    return cut


def explains_correction(text: str, timex: TimeExpression, corrected: list[TimeExpression]) -> bool:
    """Tell whether a date sits in a parenthesis right after a corrected date: "not July 11 (the story ran
    on the 11th)" explains the correction, it is no news."""
    opening = text.rfind("(", 0, timex.start)
    if opening < 0 or text.find(")", opening, timex.start) >= 0:
        return False
    return any(re.fullmatch(r"[\s,.;]*", text[c.end : opening]) for c in corrected if c.end <= opening)


def labels_parenthesis(text: str, sentence: tuple[int, int], timex: TimeExpression,
                       others: list[TimeExpression]) -> bool:
    """Tell whether a date sits in a verbless parenthesis beside a date outside it: "(2024 flood: 16.8
    ft)"."""
    if timex.type == "TIME":
        return False  # "on Saturday (0424 GMT)": the hour of the event, in another zone
    start, end = sentence
    opening = text.rfind("(", start, timex.start)
    if opening < 0 or text.find(")", opening, timex.start) >= 0:
        return False
    closing = text.find(")", timex.end, end)
    if closing < 0:
        return False
    if _GLOSSES_PERIOD.search(text, max(start, opening - 80), opening):
        return False  # "during the five-year plan period (2026-2030)": the dates of the clause's own period
    inside = text[opening + 1 : timex.start] + " " + text[timex.end : closing]
    outside = any(not opening < o.start < closing for o in others)
    return outside and not has_verb(inside)


# The figure a change is measured from, before its date: "rose to 49.70 (Tuesday) from 49.36 on Monday",
# "shipped 471,104 cars, compared with 280,508 in 1995", "a fall of 4 percent against a gain of 5.1 percent in
# the prior month"; the stretch holds a number.
_BASELINE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?P<figure>(?:a\s+|an\s+)?(?:[\w.,$%-]+\s+){0,5}?)"
    r"(?:(?:in|on|at|during|for)\s+)?(?:(?:late|early)\s+)?\Z",
    re.I,
)


# A figure named by its noun after "than": "lower than the figure this year", "above the level of 2019".
_THAN_FIGURE = re.compile(
    r"\bthan\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:figure|level|rate|total|number|amount|average)s?\s+"
    r"(?:(?:of|in|for|during)\s+)?\Z"
)


def baseline(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date dates the figure a change is measured from: "from 49.36 on Monday"."""
    before = text[max(0, timex.start - 60) : timex.start]
    if "than" in before and _THAN_FIGURE.search(before):
        return True  # "10 points lower than the figure (this year)"
    if not any(c.isdigit() for c in before):  # most dates: no figure before them
        return False
    found = _BASELINE.search(before)
    if found is None or re.search(r"\b(?:to|until|till|through)\b", found["figure"], re.I):
        return False  # "from nine to 20 by 2025", "from 2000 to 2004": a range, the date its end
    # a figure, not a year: "from 51.2 in October", not "from independence in 1975 (until 2002)"
    return re.search(r"\d", re.sub(r"\b(?:1[89]|20)\d\d\b", "", found["figure"])) is not None


def beside(
    text: str, sentence: tuple[int, int], timex: TimeExpression, timexes: list[TimeExpression]
) -> bool:
    """Tell whether a date of a sentence (whose dates are `timexes`) stands beside its event: it corrects an
    earlier date or explains the correction, or it labels a parenthesis ("on July 10, not July 11"; "on June
    10 (2024 flood: 16.8 ft)")."""
    others = [t for t in timexes if t is not timex]
    if not others:
        return False
    if corrects(text, timex, others) or labels_parenthesis(text, sentence, timex, others):
        return True
    if baseline(text, timex) and any(not baseline(text, o) for o in others):
        return True
    corrected = [t for t in others if corrects(text, t, [o for o in timexes if o is not t])]
    return bool(corrected) and explains_correction(text, timex, corrected)
