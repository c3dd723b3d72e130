"""Which dates of a narrative move the story's reference, and which are told from where the story stands.

A story told year by year (a war, a company's history, a life, a season) chains its bare dates ("in March",
"the summer") to the last date that moved it. These dates do not move it:
- a date in round brackets, or after "as of", is a note beside the story ("the resolution (May 22, 2003)",
  "deaths (as of March 3, 2031)", "the founder's memoir (March 1998)"): the story stays where it was;
- a date of an earlier year told inside a paragraph, after its first sentence, is a look back from the
  story's point ("The council took office on June 2, 2031. This followed the vote in November 2030."):
  the next bare month is still the story's year. A paragraph may open by stepping back ("On the eastern
  front, the summer offensive began in June 1942"), and that step moves the story;
- a bare month the story compares its point with ("calmer than in November") is the last such month
  before the point, and does not move the story either.
A story told in years BC keeps the month it stated for "that same day", and dates "the winter" after its
summer or autumn by the year the winter ends in.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import SENTENCE_START, Context
from timeline.temporal.fragments import MONTH
from timeline.temporal.values import Point

# The words before a date that set it beside the story, as rows with an example each.
NOTE_WORDS = [
    (r"as\s+of", "deaths (as of March 3, 2031)"),
    (r"as\s+at", "sales as at March 31, 1998 stood at ..."),
]
_NOTE_BEFORE = re.compile(r"\b(?:" + "|".join(row for row, _ in NOTE_WORDS) + r")\s+\Z", re.IGNORECASE)
# A bracket opened before the date in the same sentence and not closed before it.
_OPEN_BRACKET = re.compile(r"\([^()\n]{0,40}\Z")
_CLOSE_BRACKET = re.compile(r"[^()\n]{0,30}\)")


def beside_story(text: str, start: int, end: int) -> bool:
    """Say whether a date is a note in brackets or after "as of", which does not move the story.

    "Citing Resolution 1483 (May 22, 2003), the authority ..."; "a loss of $4 million (as of June 30,
    1998)"; "his first title (1987), then a second".
    """
    window = text[max(0, start - 40) : start]
    if "(" in window and _OPEN_BRACKET.search(window) and _CLOSE_BRACKET.match(text, end):
        return True
    return "as " in window[-7:] and _NOTE_BEFORE.search(window) is not None


def told_from_story(
    text: str, start: int, point: Point, story: Point | None, story_start: int, last: Point | None
) -> bool:
    """Say whether a date of a year before the story's, told inside a paragraph, looks back from its point.

    "The club moved to the new ground on 4 May 1998. This followed its sale in December 1997." keeps 1998
    for the months told next. Only from a point told finer than a year: after "The reservoir was filled
    in 1992. The dam was finished in 1990." the story may as well have stepped back. Only after the
    paragraph's first sentence ("On the eastern front, the
    offensive began in June 1942." after 1943 opens its paragraph and moves the story back), and only from a
    story point told in the same paragraph: one from an earlier paragraph may have run ahead ("fighting went
    on for the next year"), and the new paragraph's dates take over. A date years ahead moves the story on,
    however far ("Born on 3 March 1940 ... He sold the bakery on 4 April 1990."): a flash-forward ("In
    November 1968 workers staged a similar strike") cannot be told from it by its place. A second date in
    a row of the year looked back to (`last`, the date told just before) has taken the text there: "the
    court heard of his conviction in 1995 ... He was jailed in June 1995 after the attack in March".
    """
    if story is None or point.day.year >= story.day.year or story.gran == "year":
        return False  # the cheap test first: most dates move forward or stay in the story's year
    if last is not None and last.day.year == point.day.year:
        return False
    opens = text.rfind("\n", 0, start) + 1
    return story_start >= opens and SENTENCE_START.search(text, opens + 1, start) is not None


# Words that set a month against the story's as the measure it is compared with, up to a few words before it
# (and a month listed before it): "compared to the violence of April", "calmer than in October", "the
# worst since March", "as against 300 in January".
COMPARED_WORDS = [
    (r"compared\s+(?:to|with)", "compared to the violence of April and June"),
    (r"than", "the spring was calmer than the fighting of October"),
    (r"since", "the heaviest losses since March"),
    (r"as\s+(?:against|opposed\s+to)", "200 a week, as against 1,600 in January"),
]
_COMPARED_BEFORE = re.compile(
    r"\b(?:" + "|".join(row for row, _ in COMPARED_WORDS) + r")\s+(?:[\w$,'-]+\s+){0,4}?"
    rf"(?:(?:{MONTH})\s+(?:and|or)\s+)?\Z",
    re.IGNORECASE,
)
_COMPARED_HINTS = ("compared", "than", "since", "against", "opposed")


def compared_month_year(month: int, story: Point, text: str, start: int) -> int | None:
    """Return the year of a bare month a narrative compares its point with: the last such month before it.

    Told in April 1862, "the front was calmer than in November" is November 1861 and "the worst since
    March" March 1862; None when no comparison word stands before the month.
    """
    if story.gran not in ("day", "month"):
        return None
    window = text[max(0, start - 50) : start]
    if not any(hint in window for hint in _COMPARED_HINTS) or not _COMPARED_BEFORE.search(window):
        return None
    return story.day.year - (1 if month > story.day.month else 0)


# The month a BC value states: "BC0479-06" and "BC0479-06-XX" (June), not "BC0479-WI" nor "BC0479".
_BC_MONTH = re.compile(r"BC\d{4}-(?P<month>\d\d)")


def bc_story_month(value: str, year: int, story_year: int | None, story_month: int | None) -> int | None:
    """Return the month a story told in years BC is at after a date of `year` BC with this value.

    "August 402 BC: the march ... Over the winter ... On the evening of the siege": a date of the same
    year without a month ("the winter", "402 BC") keeps August; one of another year forgets it.
    """
    found = _BC_MONTH.match(value)
    if found is not None:
        return int(found["month"])
    return story_month if year == story_year else None


def bc_winter_ahead(story_month: int | None) -> bool:
    """Say whether "the winter" of a story told in years BC is the one after the story's year.

    TimeML dates a BC winter by the year it ends in: "gathered in the autumn of 481 BC ... passed the
    winter" is BC0480-WI, as is "the winter" told after 481 BC alone; after "June 479 BC", "over the winter"
    (the one just before) stays BC0479-WI.
    """
    return story_month is None or story_month >= 7


# A month opening its sentence after "In": "On 12 March 1811 Alvar declared the kingdom. ... In May, Alvar
# made a state visit": the story has moved on into the next year; "In May he had ..." looks back.
_OPENING_IN = re.compile(r"(?:\A|[.!?][\"'”’)]?\s+|\n\s*)In\s+\Z")
_HAD_AFTER = re.compile(r"[^.!?\n]{0,80}?\bhad\b", re.IGNORECASE)
_MOVED_ON_MONTHS = 4  # how many months back from the story's month a new sentence's month must be


def month_moved_on(month: int, story: Point, ctx: Context) -> int | None:
    """Return the next year for a month that opens a sentence in the past some months before the day the
    story has reached (a narrative goes forward), else None. A month reached ("was increased to 200,000 by
    December. In May, ...") may sum up a year told in order; a day is where the story stands."""
    if story.gran != "day" or story.day.month - month < _MOVED_ON_MONTHS:
        return None
    if not _OPENING_IN.search(ctx.text, max(0, ctx.start - 8), ctx.start) or ctx.tense() != "past":
        return None
    return None if _HAD_AFTER.match(ctx.text, ctx.end) else story.day.year + 1


# "until", "till", "through" before a month (with "early", "mid" or "late"): the end of a span.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:(?:early|mid|late)[\s-]+)?\Z", re.IGNORECASE)


def bound_ahead(month: int, story: Point, ctx: Context) -> int | None:
    """Return the next year for a month that ends a span ("until May") and comes before the month the story
    has reached in the year: "seized the port in December 2019. They held it until May" is May 2020, the
    end of a span lying after its start."""
    if story.gran not in ("day", "month") or month >= story.day.month:
        return None
    return story.day.year + 1 if _UNTIL_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start) else None


# "would" after a later date in its clause: "In 1945 the city would be destroyed", "the castle, which in 1945
# would burn": the future seen from the story, told ahead of it (a flash-forward); "would have" looks back.
_WOULD_AFTER = re.compile(r",?\s+(?:[\w'-]+\s+){0,4}?would\s+(?!have\b)", re.IGNORECASE)


def flash_forward(text: str, end: int, point: Point, story: Point | None) -> bool:
    """Say whether a date later than the story's year is told as the story's future ("In 1945 the city would
    be destroyed"): an aside, after which the story stays where it was."""
    return story is not None and point.day.year > story.day.year and _WOULD_AFTER.match(text, end) is not None
