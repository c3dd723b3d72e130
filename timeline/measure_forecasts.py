"""Tell the year of a measure's forecast from the date of a happening: the period a forecast figure is for.

"The ministry said on Tuesday the economy would grow 2% in 2027" tells the ministry's forecast, made on
Tuesday: nothing happened in 2027 yet, and a timeline that put "The economy will grow 2%" there would show a
guess as a fact of 2027. A measure (growth, inflation, output) forecast with a figure is dated by the
telling or the sentence's other date; its period stays in the title's words. A plan told is another thing:
"The plant will close in 2027, the firm said on Tuesday" is the closing, in 2027 (no measure, no figure).
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression

__all__ = ["MEASURES", "FORECAST_CUES", "forecast_period"]

# Nouns of a measure, whose future figure is a forecast, not a plan, each with an example.
MEASURES = [
    (r"growth|economy|economies|GDP|gross\s+domestic\s+product", "the economy would grow 2% in 2027"),
    (r"inflation|prices|price\s+index|CPI|rates?", "inflation would fall to 3% in 2027"),
    (r"output|production|exports|imports|trade|demand|consumption|investment|spending",
     "output is expected to rise 4% in 2027"),
    (r"unemployment|jobless\s+rate|employment", "unemployment will reach 6 percent next year"),
    (r"sales|revenues?|profits?|earnings|income|turnover|deficit|surplus|debt",
     "sales are forecast to climb 5 percent in 2027"),
]
_MEASURE = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in MEASURES) + r")\b", re.I)
# Words that tell a figure still to come, each with an example.
FORECAST_CUES = [
    (r"will|would|shall", "the economy would grow 2% in 2027"),
    (r"(?:is|are|was|were)\s+(?:expected|forecast|projected|predicted|seen|set|likely|estimated)\s+to",
     "output is expected to rise 4% in 2027"),
    (r"expects?|expected|forecasts?|predicts?|predicted|sees", "forecasters expect growth of 2% in 2027"),
]
_CUE = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in FORECAST_CUES) + r")\b", re.I)
# What lies between the cue and the date, with no clause break: "(would) grow 2% in (2027)".
_REST = re.compile(
    r"(?:[^,;:()\"“”]|,(?=\d)){0,80}?(?:\s(?:in|for|by|during|over|through)\s+(?:the\s+)?(?:year\s+)?|\s)\Z",
    re.I,
)
# A figure between the cue and the date: "2%", "3 percent", "$1.2 billion".
_FIGURE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|percent|per\s+cent|points?|billion|million|trillion)", re.I)
# A forecast's period: a year, a half, a quarter, a season or a month ("2027", "2027-Q3", "2027-05").
_PERIOD = re.compile(r"\d{4}(?:-(?:[HQ]\d|[A-Z]{2}|\d\d))?")
# How far back the cue and the measure may be.
_REACH = 120


def forecast_period(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date is the period a measure's forecast figure is for: "the economy would grow 2% (in
    2027)", "Analysts expect output to rise 4% (in 2027)"; not "The plant will close (in 2027)" (no
    measure), nor "Growth was 2% in 2025" (no forecast)."""
    if _PERIOD.fullmatch(timex.value or "") is None:
        return False  # "will rise 5 percent on Monday": a day is when it happens, not a forecast's period
    start = max(sentence[0], timex.start - _REACH)
    cues = list(_CUE.finditer(text, start, timex.start))
    if not cues:
        return False
    cue = cues[-1]  # the nearest: "would fall to 3% (in 2027)"
    rest = _REST.fullmatch(text, cue.end(), timex.start)
    if rest is None or _FIGURE.search(rest.group()) is None:
        return False  # a clause break ("will close, the firm said") or no figure ("will close in 2027")
    before = text[max(sentence[0], cue.start() - 40) : cue.start()]
    return _MEASURE.search(before) is not None or _MEASURE.search(rest.group()) is not None
