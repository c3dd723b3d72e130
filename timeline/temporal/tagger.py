"""Tag temporal expressions: tag(text, dct=...) -> list[TimeExpression].

One pass of the compiled scanner (patterns.SCANNER) finds candidates left to right; a false-positive
filter drops ordinary words (modal "may", "March" as a verb, "Sunday Times", amounts that look like
years); each kept match is normalized by its rule's handler against a Context that carries the
document date, the last date established so far and the story date. Ids run t1, t2... in text order.
After the pass, recent_months gives back their recent year to months the story dated into the past.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline.api_checks import given_date
from timeline.errors import InputError
from timeline.models import TimeExpression
from timeline.temporal import (  # noqa: F401  (register handlers)
    clocktimes,
    compose,
    dayparts,
    days,
    durations,
    named_dates,
    parts,
    patterns,
    period_weeks,
    periods,
    quarters,
    relative,
    scan,
    seasons,
    sets,
    theunit,
    yearly,
)
from timeline.temporal.anchor import FULL_DATE, Context, clause_end, in_aside, is_far, set_against
from timeline.temporal.filters import keep
from timeline.temporal.intervals import interval
from timeline.temporal.recent_months import SINCE, recent_months
from timeline.temporal.rules import HANDLERS
from timeline.temporal.storychain import (
    bc_story_month,
    beside_story,
    compared_month_year,
    flash_forward,
    told_from_story,
)
from timeline.temporal.values import FINENESS, Point, parse, well_formed
from timeline.temporal.wordsense import futures_month
from timeline.temporal.years import names_figures

# Anchors that pin a value to the text rather than to the document date move the story along.
_STORY_GRANS = ("day", "month", "year", "season", "quarter", "half")
# Phrases that count from the document date in news style: evidence that the text is not a narrative.
_NEWS_RULES = ("deictic", "relunit", "weekday", "part")
# "the 2002 World Cup", "the 1989 crackdown": a year naming a happening the text refers to, an aside that
# does not move the story there ("the 2005 season", "the 1998 budget" are spans of time and may).
_NAMES_HAPPENING = re.compile(
    r"\s+(?!(?:and|or|to|through|until|till|season|seasons|campaign|budget|fiscal|financial|period|quarter|half"
    r"|year|school|academic|tax|model|census|edition|level|levels|figure|figures|total|rate)\b)[A-Za-z][\w-]*"
)
# Comparisons ("a year ago", "year-earlier", "the same period last year") do not move the reference the
# next phrases count from.
_COMPARISONS = ("ago", "yearago", "sameperiod")
# "from Friday's close of 6.49", "Thursday's 5 p.m. quotes": a day named only for the figure it is compared
# with dates that figure's own clock time, then hands the reference back: a later bare clock time ("At
# 15:40, gold was quoted...") is read on the day the report is about.
_DAY_FIGURE = re.compile(
    r"['’]s\s+(?:(?:previous|opening|closing|final)\s+)?(?:close|closing|finish|level|levels|session|turnover"
    r"|high|low|figure|rate)\b|['’]s\s+\d",
    re.IGNORECASE,
)
# "the lowest level since Aug. 21", "higher than on May 4", "up from Oct. 3": a day named as the point a
# figure is compared with is not the day the report moves to; "during the day" after it is still the
# report's day. "from May 4 to May 10" is a span, not a comparison.
_COMPARED = re.compile(r"\b(?:since|than|from)\s+(?:on\s+|the\s+)?\Z", re.IGNORECASE)
_SPAN_ON = re.compile(r"\s*(?:(?:to|until|till|through)\s|-|–)", re.IGNORECASE)
# A sentence ends between the held day and the next phrase: the hold is over however close they are.
_SENTENCE_END = re.compile(r"[.;!?]\s")
# A date this many years before the story's is a look back ("the Estates-General, last called in 1614").
FLASHBACK_YEARS = 10
_BC_YEAR = re.compile(r"BC(\d{4})")
# "China's Lunar New Year is a time of travel", "Christmas is traditionally a family feast": a holiday as the
# subject of a general statement dates nothing, and later phrases do not count from its year. Not "Easter
# is a week away", nor "This year's Easter is the earliest since 1913".
_HOLIDAY_SUBJECT = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n|(?<!year)(?<!week)['’]s\s+|\b[Tt]he\s+)\Z")
_GENERAL_STATEMENT = re.compile(
    r"\s+(?:is|are)\s+(?:(?:traditionally|usually|often|always|typically|normally|also|generally)\s+)?"
    r"(?:a|an|the|one|when)\s+(?!(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?)\s+(?:away|off|ahead)\b)",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"\d{4}\s*[-–/]\s*\Z|\bbetween\s+[^,;.]{1,24}\s+and\s+\Z")


def _flashback(year: int, story_year: int | None) -> bool:
    """Say whether a year lies so far before the story's that it is an aside, not the story moving on."""
    return story_year is not None and year < story_year - FLASHBACK_YEARS


def _dates_nothing(rule: str, text: str, start: int, end: int) -> bool:
    """Say whether an expression dates nothing later phrases could count from.

    A holiday as the subject of a general statement ("Christmas is a time for giving") and the month of a
    futures contract ("crude for May delivery rose 40 cents") leave the reference where it was.
    """
    if rule == "holiday":
        return (
            _GENERAL_STATEMENT.match(text, end) is not None
            and _HOLIDAY_SUBJECT.search(text, max(0, start - 30), start) is not None
        )
    return rule == "month" and futures_month(text, start, end)


def _plan_ahead(rule: str, text: str, end: int, value: str, dct: dt.date | None) -> bool:
    """Say whether a year after the document's qualifies a figure or a plan ("approved the 2007 budget").

    The text stays in the news year: "... must pass the Senate by the end of the year" is this year. A
    year at or before the document's ("reported 2005 sales", "the 2004 budget") may be the year the text
    reports on, and later phrases count from it.
    """
    return (
        rule == "year"
        and dct is not None
        and value.isdigit()
        and int(value) > dct.year
        and names_figures(text, end)
    )


def _over(value: str, dct: dt.date) -> bool:
    """Say whether the period a value names ended before the document date."""
    span = interval(value)
    return span is not None and span[1] < dct


def tag(text: str, *, dct: dt.date | str | None = None) -> list[TimeExpression]:
    """Return the temporal expressions of `text`, normalized against the document date `dct`.

    `dct` is a date (a datetime gives its date), or an ISO date string ("2025-10-25"; a time after it is
    ignored); anything else raises InputError, as a `text` that is not a string does.
    """
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, bytes | bytearray) else ""
        raise InputError(f"tag() takes the text as a string, not {type(text).__name__}{hint}")
    dct = given_date(dct)
    found: list[TimeExpression] = []
    ref = story = None
    ref_tid = story_tid = None
    ref_clause = None  # where the relative clause that stated `ref` closes
    month_years: dict[int, int] = {}  # month -> year of the full dates stated so far (0: two years)
    stated_days: list[tuple[int, Point]] = []  # (start, day) of the dates stated so far
    written: dict[int, Point] = {}  # month -> the last full date of it written with its year ("May 3, 1975")
    far = near = 0
    quarter = told_quarter = None
    bc_year = bc_tid = bc_month = None
    held = None  # (ref, ref_tid, end) saved while a day named for a compared figure is the reference
    for match in scan.matches(text):
        rule, groups = patterns.groups(match)
        start, end = match.span()
        if not keep(rule, groups, text, start, end):
            continue
        if held is not None and (start > held[2] + 4 or _SENTENCE_END.search(text, held[2], start)):
            ref, ref_tid, held, ref_clause = held[0], held[1], None, None
        ctx = Context(
            text,
            start,
            end,
            dct,
            ref=ref,
            ref_tid=ref_tid,
            ref_words=_deictic_words(found, ref_tid),
            story_point=story,
            far=far,
            near=near,
            quarter=quarter,
            told_quarter=told_quarter,
            bc_year=bc_year,
            bc_month=bc_month,
            prev_end=found[-1].end if found and found[-1].tid == ref_tid else None,
            ref_clause_end=ref_clause,
            month_years=month_years,
            days=stated_days,
            written=written,
        )
        try:
            norm = HANDLERS[rule](groups, ctx)
        except (ValueError, OverflowError):
            continue  # a calendar that does not exist (year 0, day 31 of a short month...)
        if norm is None or not well_formed(norm.value):
            continue
        start += norm.skip
        if norm.type == "DATE" and found:
            counted = compose.value_from(found[-1], text, start, norm.value, end)
            if counted is not None:
                # "the day before last Tuesday": "the day" is counted from the date that follows it.
                found[-1] = found[-1].model_copy(update={"value": counted, "anchor": f"t{len(found) + 1}"})
            named = (
                compose.weekday_value(found[-1], text, start, norm.value)
                or compose.episode_day_value(found[-1], text, start, end, norm.value)
                or compose.clock_day_value(found[-1], text, start, norm.value)
            )
            if named is not None:
                # "on Tuesday (Nov. 4)": the date says which Tuesday.
                found[-1] = found[-1].model_copy(update={"value": named, "anchor": f"t{len(found) + 1}"})
            if (in_week := compose.week_weekday_value(found[-1], text, start, end, dct)) is not None:
                norm = dataclasses.replace(norm, value=in_week, anchor="ref")  # "next week ... Wednesday"
            apposed = compose.apposed_weekday_value(found[-1], text, start, end, norm.value)
            if apposed is not None:
                # "Oct. 5, a Monday": the weekday names the date's day again (and may say its year).
                norm = dataclasses.replace(norm, value=apposed, anchor="ref")
                if apposed != found[-1].value:
                    found[-1] = found[-1].model_copy(update={"value": apposed})
        if norm.type == "DATE" and found and compose.night_spans_to(found[-1], text, start, end, norm.value):
            found[-1] = found[-1].model_copy(update={"end": end, "text": text[found[-1].start : end]})
            continue  # "the night of March 3-4": one night
        on_date = None if norm.type != "DATE" or not found else compose.clock_date_value(
            found[-1], text, start, norm.value
        )
        if on_date is not None:
            joined = {"value": on_date, "end": end, "text": text[found[-1].start : end]}
            found[-1] = found[-1].model_copy(update=joined)
            continue  # "06:00 on Saturday 1 August": one time
        if norm.type == "DURATION" and found:
            joined = compose.compound_value(found[-1], text, start, end, norm.value, norm.mod)
            if joined is not None:
                # "two hours and 30 minutes": one span, the first expression grows to the end of the second
                found[-1] = found[-1].model_copy(
                    update={"value": joined, "end": end, "text": text[found[-1].start : end]}
                )
                continue
        tid = f"t{len(found) + 1}"
        anchor = None
        if norm.anchor == "dct":
            anchor = "dct"
        elif norm.anchor == "ref" and ctx.story_bc() is not None:
            anchor = bc_tid
        elif norm.anchor == "ref":
            anchor = story_tid if ctx.story() is not None and story_tid else ref_tid
        if rule == "dayafter" and not groups.get("y"):
            anchor = found[-1].anchor  # "March 3, 4 and 6": a later day is placed as the first date is
        found.append(
            TimeExpression(
                tid=tid,
                start=start,
                end=end,
                text=text[start:end],
                type=norm.type,
                value=norm.value,
                mod=norm.mod,
                quant=norm.quant,
                freq=norm.freq,
                anchor=anchor,
                end_value=norm.end_value,
            )
        )
        if norm.anchor == "dct" and rule in _NEWS_RULES:
            near += 1
        if norm.type not in ("DATE", "TIME") or _dates_nothing(rule, text, start, end):
            continue
        if _plan_ahead(rule, text, end, norm.value, dct):
            continue
        bc = _BC_YEAR.match(norm.value)
        story_year = -bc_year if bc_year is not None else None
        if story is not None and (dct is None or is_far(story, dct)):
            story_year = story.day.year
        if bc and norm.anchor != "dct":
            far += norm.anchor is None
            if not _flashback(-int(bc.group(1)), story_year):
                bc_month = bc_story_month(norm.value, int(bc.group(1)), bc_year, bc_month)
                bc_year, bc_tid = int(bc.group(1)), tid
            continue
        point = parse(norm.value)
        near_day = point is not None and point.gran == "day" and dct is not None
        if point is not None and point.gran == "day" and norm.type == "DATE":
            stated_days.append((start, point))
            if FULL_DATE.match(text, start):
                written[point.day.month] = point
        if near_day and abs(point.day.year - dct.year) <= 1:
            # "January's vote" after "on January 25": the month names the date's event, in the date's year
            known = month_years.setdefault(point.day.month, point.day.year)
            month_years[point.day.month] = known if known == point.day.year else 0
        # "the 1988 period" after a quarter is the same quarter a year back: a comparison too.
        comparison = rule in _COMPARISONS or (rule == "yearperiod" and quarter is not None)
        if point is None or (comparison and norm.value and groups.get("dir", "").lower() != "later"):
            continue
        compared = (
            point.gran == "day"
            and _COMPARED.search(text, max(0, start - 14), start) is not None
            and _SPAN_ON.match(text, end) is None
        )
        qualifier = point.gran == "year" and len(found) > 1 and found[-2].tid == ref_tid
        if qualifier and _names_ref_year(point, ref) and not text[found[-2].end : start].strip(" ,"):
            continue  # "on March 3 last year": the year says which March 3, which stays the reference
        if compared or (rule == "weekday" and _DAY_FIGURE.match(text, end) is not None):
            saved = (held[0], held[1]) if held is not None else (ref, ref_tid)
            held = (*saved, end)
        ref, ref_tid, ref_clause = point, tid, clause_end(text, start, end)
        told_quarter = point if point.gran == "quarter" else told_quarter
        # Results compare a quarter that is over; one not over by the document date is a forecast.
        if point.gran == "quarter" and not comparison and (dct is None or _over(norm.value, dct)):
            quarter = quarter if set_against(text, start, quarter, point) else point
        ends_range = _RANGE_END.search(text, max(0, start - 40), start) is not None
        if norm.anchor is None and dct is not None and is_far(point, dct) and not ends_range:
            far += 1  # the end of a range ("2003-2004", "between May 2011 and June 2012") adds no story
        # A year looked back on ("last called in 1614") or ahead to ("funding would end in 1976") is
        # an aside: the story stays where it was.
        aside = (
            SINCE.search(text, max(0, start - 12), start) is not None
            or in_aside(text, start, end)
            or beside_story(text, start, end)
            or (
                point.gran == "month"
                and story is not None
                and compared_month_year(point.day.month, story, text, start) is not None
            )
            or (
                story is not None
                and (dct is None or is_far(story, dct))
                and told_from_story(text, start, point, story, found[int(story_tid[1:]) - 1].start, ctx.ref)
            )
            or (
                flash_forward(text, end, point, story)  # "In 1945 the city would be destroyed": ahead
                and (dct is None or story is None or is_far(story, dct))
            )
            or (
                point.gran == "year"
                and _NAMES_HAPPENING.match(text, end) is not None
                and text.endswith("the ", 0, start)  # no copy of the text before
            )
            or point.gran == "year"
            and (
                _flashback(point.day.year, story_year)
                or (story_year is not None and point.day.year > story_year and ctx.tense() == "future")
                or (story_year is not None and point.day.year > story_year + 2 * FLASHBACK_YEARS)
            )
        )
        if norm.anchor != "dct" and point.gran in _STORY_GRANS and not aside:
            story, story_tid, bc_year = point, tid, None
    if dct is not None and story_tid is not None:
        found = recent_months(found, text, dct)
    return found


def _deictic_words(found: list[TimeExpression], tid: str | None) -> str | None:
    """Return the words of expression `tid` when it was counted from the document date, else None."""
    if tid is None:
        return None
    said = found[int(tid[1:]) - 1]
    return said.text if said.anchor == "dct" else None


def _names_ref_year(point: Point, ref: Point | None) -> bool:
    """Say whether a year is the year of the finer reference date just before it ("March 3 last year")."""
    return ref is not None and ref.gran in FINENESS[:6] and ref.day.year == point.day.year
