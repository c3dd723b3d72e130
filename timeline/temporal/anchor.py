"""Choose what each expression is anchored to: the document date, or the last date the text told.

Deictic expressions ("yesterday", "last week", "on Saturday", "in March") count from the document
date; the tense of the nearest verb marker (tense.py) decides whether a bare weekday or month lies before or
after it. Anaphoric expressions ("the following year", "two days later", "that month") count from the
last date the text established. In narrative text, whose dates lie years away from the document
date, underspecified dates ("in March", "on 5 June") take the year of the story instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.temporal.fragments import MONTH, WEEKDAY
from timeline.temporal.tense import deferred, tense_at
from timeline.temporal.values import Point

# Narrative text: a story date more than this many days before the document date may take over.
STORY_DISTANCE = 270
# A single earlier date this many years or less before the document date does not make a narrative.
NEWS_LOOKBACK_YEARS = 5


# A full date with its year written: "December 6 1975", "Dec. 6, 1975", "6 December 1975".
FULL_DATE = re.compile(
    rf"(?:(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\.?),?\s+\d{{4}}\b",
    re.IGNORECASE,
)
# ", which takes effect on May 2," / ", who retires on June 30,": a relative clause set off by commas.
_CLAUSE_OPEN = re.compile(r",\s*(?:which|who|whose|where)\s+[^,.;!?\n]*\Z", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(r"[^,.;!?\n]*,")


# "... from the valley which was completed on May 4.": a relative clause that ends its sentence on the date.
_WHICH_WAS = re.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been)\s+[a-z]+(?:ed|en)\s+(?:on|in)\s+\Z")
_STOP = re.compile(r"[.!?](?:\s|\Z)")


def clause_end(text: str, start: int, end: int) -> int | None:
    """Return where the relative clause around a span closes, or None if it is in none.

    The clause is set off by commas (", which takes effect on May 2,"), or opens on "which was" and ends
    its sentence with the date ("which was signed on Oct. 3.").
    """
    stop = _STOP.match(text, end)  # the cheap anchored test first: most dates do not end a sentence
    if stop and _WHICH_WAS.search(text, max(0, start - 60), start):
        return stop.end()
    if _CLAUSE_OPEN.search(text, max(0, start - 100), start) is None:
        return None
    close = _CLAUSE_CLOSE.match(text, end)
    return close.end() if close else None


# "The pact, signed in 2020, expired on Oct. 15": a past participle (or "which was" and one) and a
# preposition, set off by commas after a noun or opening the sentence ("Signed in 2020, the pact ...").
_ASIDE_OPEN = re.compile(
    r"(?:,|^|[.!?]\s+)\s*(?:(?:which|that|who)\s+(?:was|were|had\s+been)\s+)?"
    r"(?!(?:when|then|even|often|seven|ten|eleven|between|own|down|town|open|seen)\b)"
    r"(?:[a-z]+(?:ed|en|wn)|made|built|held|won|set|struck|bought|sold|fought|brought|begun|sung|put)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:in|on|during|by)\s+\Z",
    re.IGNORECASE | re.MULTILINE,
)
_ASIDE_CLOSE = re.compile(r"[^,.;!?\n]{0,40},")
_ASIDE_PREPOSITION = re.compile(r"\b(?:in|on|during|by)\s+\Z", re.IGNORECASE)


# Where a sentence (or a line) begins: after a stop (and a closing quote) and spaces before a capital or an
# opening quote, or a line break. Shared by the rules that look back to their sentence's opening.
SENTENCE_START = re.compile(r"(?:\A|[.!?][\"'”’)]?\s+(?=[A-Z\"“'(])|\n)")


# A period told as the one before the story's ("the previous year", "the preceding winter", "the prior dry
# season"): a look back, after which the story is still where it was.
_LOOKED_BACK = re.compile(r"the\s+(?:previous|preceding|prior)\s", re.IGNORECASE)


# A month and year before the noun of the happening it names: "the May 1902 strike", "the March 2011
# earthquake" (not "the May 2010 budget", a span of time, nor "the May 2010 to June 2011 talks").
_MONTH_YEAR = re.compile(rf"(?:{MONTH})\.?\s+\d{{4}}", re.IGNORECASE)
_HAPPENING_NOUN = re.compile(
    r"\s+(?!(?:and|or|to|through|until|till|budget|issue|edition|period|quarter|figures?|levels?|rate|total"
    r"|season|report|data|deadline)\b)[a-z][\w-]*"
)
# A bare year in brackets after a name: "the Charter of the Weavers (1764)", "Treaty of Paris
# (1783)".
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'-]*\s*\(\s*\Z")


# A relative clause in the past perfect before the date: "forces that had invaded the north in late 1943",
# "a town which had been taken in May": a flashback inside the story's sentence.
_HAD_CLAUSE = re.compile(
    r"\b(?:that|which|who)\s+had\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ght|lt)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:in|on|during|by)\s+\Z",
    re.IGNORECASE,
)
# An end point: "lasted until the fall of the city in February 1945", "until March 1918".
_UNTIL = re.compile(r"\buntil\s+(?:(?:the|its|their)\s+(?:[\w'-]+\s+){1,4}?(?:in|on)\s+)?\Z", re.IGNORECASE)


def named_by_date(text: str, start: int, end: int) -> bool:
    """Say whether a date only names a happening or a thing the text refers to, which does not move the story.

    "Kessler, the leader of the May 1902 strike, ..." and "the Charter of the Weavers (1764)"
    tell when those were, in a story that stays where it was.
    """
    if text.endswith("the ", 0, start) and _MONTH_YEAR.fullmatch(text, start, end):
        return _HAPPENING_NOUN.match(text, end) is not None
    if text.startswith(")", end) and end - start == 4 and text[start:end].isdigit():
        return _NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start) is not None
    return False


def in_aside(text: str, start: int, end: int) -> bool:
    """Say whether a date sits in a participial aside set off by commas, which does not move the story.

    "The agreement, signed in 2020, expired on Oct. 15." (written in 2026): the main clause tells this
    year's expiry; "In 2020 the treaty was signed; it expired on Oct. 15." keeps 2020 for the story.
    """
    if _LOOKED_BACK.match(text, start, end):
        return True  # "gains they made during the previous year": told looking back from the story's time
    if named_by_date(text, start, end):
        return True  # "the leader of the May 1902 strike", "the Charter (1764)"
    if "had" in text[max(0, start - 80) : start] and _HAD_CLAUSE.search(text, max(0, start - 80), start):
        return True  # "Rebels who had seized the valley in early 1811 marched ...": a flashback
    if "until" in text[max(0, start - 60) : start] and _UNTIL.search(text, max(0, start - 60), start):
        return True  # "a blockade that held until the port fell in March 1711": an end point ahead
    # the cheap anchored tests first (a comma soon after, a preposition just before); the search last
    return bool(
        _ASIDE_CLOSE.match(text, end)
        and _ASIDE_PREPOSITION.search(text, max(0, start - 8), start)
        and _ASIDE_OPEN.search(text, max(0, start - 60), start)
    )


# Words that set a quarter behind or against the one reported: "After a flat second quarter, the company
# ...", "following a weak first quarter", "up 4% from the second quarter", "compared with the June quarter".
# "up from $7 million in the second quarter": a figure between the word and the quarter.
_SET_AGAINST = re.compile(
    r"\b(?:after|following|from|than|compared\s+(?:with|to)|versus|vs\.)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[a-z]+\s+){0,2}\Z"
    r"|\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+[$€£¥]?\d[^.;:!?]{0,24}?\s(?:in|for|during)\s+"
    r"(?:(?:the|its|their)\s+)?\Z",
    re.IGNORECASE,
)


# A quarter counted back from the reported one ("rose from the previous quarter") is what "the same quarter
# last year" then steps on from (quarters._same_period): it is told as the reference.
_COUNTED_QUARTER = re.compile(r"(?:the\s+)?(?:previous|prior|preceding|last|past)\s", re.IGNORECASE)


def set_against(text: str, start: int, quarter: Point | None, point: Point) -> bool:
    """Say whether a quarter is told as the background of the one being reported, which stays the quarter
    results compare with ("posted a third-quarter gain. After a flat second quarter, ... the year-earlier
    period" is 1988's third quarter).
    """
    return (
        quarter is not None
        and point.day < quarter.day
        and _COUNTED_QUARTER.match(text, start) is None
        and _SET_AGAINST.search(text, max(0, start - 40), start) is not None
    )


# A count of days from an event a noun names, right after a clock time: "at 4 a.m. nine days before the
# fire", "at 9 p.m., two days after the storm", "at 7 a.m. outside the depot 12 days before the theft".
# A date after the link word is compose.py's ("two days after May 3"), a weekday or a deictic word the
# clock's own.
_FROM_EVENT = re.compile(
    r"[\s,]+(?:[a-z]+(?:['’]s)?\s+){0,3}?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve"
    r"|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of|prior\s+to|following)"
    rf"\s+(?!(?:{MONTH}|{WEEKDAY})\b|(?:yesterday|today|tomorrow|last|this|next)\b|\d)",
    re.IGNORECASE,
)


def counted_from_event(text: str, end: int) -> bool:
    """Say whether a clock time is followed by a count of days from an event: its day is not the text's."""
    window = text[end : end + 80]
    if not any(link in window for link in ("before", "after", "ahead", "prior", "following")):
        return False
    return _FROM_EVENT.match(text, end) is not None


# A week, weekend or month right after a clock time holds its day, which it does not name: "at 3 p.m. next
# weekend", "at 8 p.m. later this week", "at 9 a.m. the following week".
_WIDER_AFTER = re.compile(
    r",?\s+(?:(?:on|over|during|at)\s+)?(?:(?:later|earlier)\s+)?"
    r"(?:this|next|last|the\s+coming|the(?:\s+(?:next|following|previous))?)\s+(?:week(?:end)?|month)\b(?![-'’])",
    re.IGNORECASE,
)


def in_wider_span(text: str, end: int) -> bool:
    """Say whether a clock time ending at `end` is followed by the week or weekend it falls in."""
    return _WIDER_AFTER.match(text, end) is not None


def is_far(point: Point, dct: dt.date) -> bool:
    """Say whether a date lies far enough before the document date to be part of a narrative.

    Narratives tell the past; a far future date ("notes due 2011") is a plan, not a story.
    """
    return (dct - point.day).days > STORY_DISTANCE


@dataclass
class Context:
    """What one expression can be anchored to: the document date, the story so far, the tense."""

    text: str
    start: int
    end: int
    dct: dt.date | None
    ref: Point | None = None  # last date the text established (for anaphora)
    ref_tid: str | None = None
    ref_words: str | None = None  # the words of the expression that set `ref`, when it counted from today
    story_point: Point | None = None  # last absolute date the text stated (year known)
    quarter: Point | None = None  # last quarter the text spoke of ("a year ago" compares with it)
    told_quarter: Point | None = None  # last quarter told, in whatever role ("Results for that quarter")
    far: int = 0  # dates so far that lie years away from the document date (narrative evidence)
    near: int = 0  # dates so far close to the document date, and news-style deictic phrases
    bc_year: int | None = None  # the story's year when its last stated date was BC (480 for 480 BC)
    bc_month: int | None = None  # the month of that year the BC story last stated ("June 479 BC": 6)
    prev_end: int | None = None  # where the expression just before this one ends, if it set `ref`
    ref_clause_end: int | None = None  # where the relative clause `ref` was stated in closes, if it was
    month_years: dict[int, int] = field(default_factory=dict)  # month -> year of the full dates so far
    days: list[tuple[int, Point]] = field(default_factory=list)  # (start, day) of the dates stated so far
    written: dict[int, Point] = field(default_factory=dict)  # month -> last full date written with its year
    _tense: str | None = field(default=None, repr=False)
    _tense_done: bool = field(default=False, repr=False)

    def tense(self) -> str | None:
        """Return the tense around the expression ("past", "future" or None), computed once."""
        if not self._tense_done:
            if deferred(self.text, self.start):
                self._tense = "future"
            else:
                self._tense = tense_at(self.text, self.start, self.end)
            self._tense_done = True
        return self._tense

    def narrative(self) -> bool:
        """Say whether far-past dates clearly outweigh news-style phrases so far: the text tells a story."""
        if self.far <= 3 * self.near:
            return False
        # One date a year or two back ("handled 440 million tonnes in 2023") is an aside in a news story;
        # one decades back, or several, open a narrative.
        recent = (
            self.story_point is not None
            and self.dct is not None
            and self.dct.year - self.story_point.day.year < NEWS_LOOKBACK_YEARS
        )
        return self.far >= 2 or not recent

    def story_bc(self) -> int | None:
        """Return the story's year as a negative number (-480) when the narrative is in BC years."""
        if self.bc_year is None or (self.dct is not None and not self.narrative()):
            return None
        return -self.bc_year

    def story(self, *, day_only: bool = False) -> Point | None:
        """Return the story date when the text is a narrative far from its document date, else None."""
        point = self.story_point
        if point is None or self.bc_year is not None:
            return None
        if day_only and point.gran != "day":
            return None
        if self.dct is None:
            return point
        if is_far(point, self.dct) and self.narrative():
            return point
        return None

    def written_year(self, month: int, day: int) -> int | None:
        """Return the year of the last full date of `month` the text wrote, when it is not the document's
        year nor the one either side and the day lies within two weeks of that date.

        "on December 6 1975 ... The invasion took place on December 7": a story told about a past year
        keeps its year for a day of the same month, though news phrases ("today") stand around it.
        """
        point = self.written.get(month)
        if point is None or (self.dct is not None and abs(point.day.year - self.dct.year) <= 1):
            return None
        return point.day.year if abs(point.day.day - day) <= 14 else None

    def base(self) -> tuple[Point | None, str | None]:
        """Return the reference for an anaphoric expression: the last date, else the document date."""
        if self.ref is not None:
            return self.ref, "ref"
        if self.dct is not None:
            return Point(self.dct, "day"), "dct"
        return None, None

    def next_told(self) -> bool:
        """Say whether a bare "next" ("Next day", "next morning") follows the last day told, not today.

        In a past clause after a stated day it is anaphoric like "the next day": "On 3 May it rained.
        Next day it snowed." is 4 May; "Next day we fly home" still counts from the document date.
        """
        return self.ref is not None and self.ref.gran == "day" and self.tense() == "past"

    def now(self) -> tuple[Point | None, str | None]:
        """Return the reference for a deictic expression: the document date (or the story, if none)."""
        if self.dct is not None:
            return Point(self.dct, "day"), "dct"
        if self.ref is not None:
            return self.ref, "ref"
        return None, None


# A day the text named ("on Wednesday", "Dec. 5"), not a deictic one ("today", "later today").
_NAMED_DAY = re.compile(rf"(?:on\s+)?(?:{WEEKDAY}|{MONTH})\b", re.IGNORECASE)


def last_night(ctx: Context, day: dt.date | None) -> bool:
    """Say whether a night told in the past on the document date's day is the night before it.

    "Crews who worked through the night", "launched late night raids" (with no day told, or after "this
    morning", "later today") are last night's, as "overnight" is; after a day the text named ("group wins
    on Wednesday ... the game of the night") the night stays that day's.
    """
    if day is None or day != ctx.dct or ctx.tense() != "past":
        return False
    told = [start for start, _ in ctx.days if start < ctx.start]
    return not (told and _NAMED_DAY.match(ctx.text, told[-1]))
