"""Read which temporal expressions date something, with ranges and the year named after a date joined.

"from 2019 to 2021", "3-5 March" and "late April or early May" are one date over an interval; "December 23
last year" and "the year of 2002" are one date in that year; "until 2010" ends what lasts up to it (mod
ON_OR_BEFORE), no happening in 2010; a date that only refers ("the 2017 budget"), a figure's baseline
("compared with the same period last year"), a date measured against ("its highest close since June 3")
and a noun's date of another time ("ahead of the vote Thursday") date nothing. events.py gives each
date kept here its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline import date_labels, date_names, figure_dates, noun_periods, references, side_dates, zone_twins
from timeline.clock_ranges import on_start_day, past_twin
from timeline.halves import half_days
from timeline.models import TimeExpression, When
from timeline.temporal.intervals import clock_of, interval
from timeline.told_back import back_from_end

# The same values come back in every document ("2026-11-30", "PRESENT_REF"): read each one once. A pure
# function of two strings whose result (two dates and a word) nobody can change.
bounds_of = lru_cache(maxsize=8192)(interval)

# Words between two dates that make them one range, each with an example.
_RANGE_LINKS = [
    # from 2019 to 2021, from May until June
    (re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*\Z"), re.compile(r"\bfrom\s*\Z", re.I)),
    (re.compile(r"\s*and\s*\Z"), re.compile(r"\bbetween\s*\Z", re.I)),  # between March and May
    (re.compile(r"\s*[-–]\s*\Z"), None),  # 3-5 March, 2019-2021
    # late April or early May: one time the writer does not know more closely (two times next to each other)
    (re.compile(r"\s*,?\s*or\s+(?:in\s+|on\s+)?\Z"), None),
]
# "the late 19th and early 20th centuries", "late April and early May": the end of one period and the start
# of the next, joined by "and", are one span (two periods apart, "late 1990 and early 1995", are not).
_END_AND_START = re.compile(r"\s*and\s+\Z")
# A year named after a day or a period, which places it: "December 23 last year", "the same period this year".
_YEAR_AFTER = re.compile(r"(?:last|this|next)\s+year", re.I)
# Stretches of the year with no edges a reader could place: the tagger gives them the whole year as a
# value, which dates the clause to "2026" (January to December), not what the writer meant; they date
# nothing. "the 2025 season" names its year and stays; spring, summer, autumn and winter have values of
# their own ("2026-SU") and stay; so does a season told from now ("this season", "last season": a club's
# or a league's, whose events a reader wants on the timeline, dated by its year). (pattern, example)
VAGUE_PERIODS = [
    (r"(?!(?:this|last|next|that|(?:the\s+)?(?:coming|current|past|previous|following))\s+seasons?\Z)"
     r"(?:[^\W\d]+\s+)*seasons?", "ahead of the holiday season; in the dry season; the festive season"),
]
_VAGUE = re.compile("|".join(f"(?:{pattern})" for pattern, _ in VAGUE_PERIODS), re.I)


# Values and phrases read here (precompiled: each inline pattern cost a cache lookup per call): a year
# value "2024", one in a year "2024-", one in a month "2024-07", a day's value "2024-07-03", a phrase that
# names its own year ("2019", "'98").
_YEAR = re.compile(r"\d{4}")
_YEAR_DASH = re.compile(r"\d{4}-")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY_VALUE = re.compile(r"(?P<month>\d{4}-\d{2})-(?P<day>\d{2})")
_OWN_YEAR = re.compile(r"\d{4}|'\d{2}")

# A year joined to "pre-"/"post-" is an adjective ("pre-2008 levels", "post-1959 politics"): it dates nothing.
_PREFIXED = re.compile(r"(?:pre|post)-", re.I)


def is_vague(timex: TimeExpression) -> bool:
    """Tell whether an expression names a stretch of the year only as the whole year (`VAGUE_PERIODS`)."""
    return bool(_YEAR.fullmatch(timex.value)) and bool(_VAGUE.fullmatch(timex.text))


@dataclass
class Dated:
    """A date that dates a clause: its expression, the end of a range if any, and its When."""

    timex: TimeExpression
    when: When
    end_timex: TimeExpression | None = None
    # a date that dates no event but still bounds its clause ("last season's winners", see date_names):
    # the clauses beside it are cut as if it dated one
    bounds_only: bool = False


def when_of(timex: TimeExpression, end: TimeExpression | None = None) -> When | None:
    """Return the When of a DATE or TIME expression (or range) with a concrete value, else None."""
    if timex.type not in ("DATE", "TIME"):
        return None
    bounds = bounds_of(timex.value, timex.mod)
    if bounds is None:
        return None
    start, last, granularity = bounds
    if (whole := bounds_of(timex.value, None)) is not None and (half := half_days(timex, *whole[:2])):
        start, last = half  # "the first half of the 1990s": 1990 to 1994
    end_value = end.value if end is not None else timex.end_value
    if end_value:
        end_bounds = bounds_of(end_value, end.mod if end is not None else None)
        if end_bounds is None or end_bounds[1] < start:
            end_value = None
        else:
            last = end_bounds[1]
    time = clock_of(timex.value) if granularity == "time" else None
    return When(value=timex.value, start=start, end=last, granularity=granularity, mod=timex.mod,
                end_value=end_value, time=time)


def _with_year(partial: TimeExpression, full: TimeExpression) -> TimeExpression:
    """Give a range start that names no year ("between July and October 2024") the year of its end."""
    year = _YEAR.match(full.value)
    if year is None or _OWN_YEAR.search(partial.text):
        return partial  # the start names its own year: "from 2019 to 2021"
    if partial.value.startswith("XXXX-") or _YEAR_MONTH.match(partial.value):
        moved = year.group() + partial.value[4:]
        if moved <= full.value:  # "between July and October 2024": July of 2024, not of the year before
            return partial.model_copy(update={"value": moved})
    return partial


def _with_named_year(text: str, timex: TimeExpression, year: TimeExpression) -> TimeExpression | None:
    """Join a date and the year named right after it ("December 23 last year") into one expression in
    that year, or return None when `year` is no bare year phrase next to `timex`.
    """
    if text[timex.end : year.start].strip() or not _YEAR_AFTER.fullmatch(year.text):
        return None
    if not _YEAR.fullmatch(year.value) or not _YEAR_DASH.match(timex.value):
        return None
    return timex.model_copy(update={
        "value": year.value + timex.value[4:], "end": year.end, "text": text[timex.start : year.end],
    })


def _year_of(text: str, period: TimeExpression, year: TimeExpression) -> TimeExpression | None:
    """Join "the year of" and the year it names ("The year of 2002 was") into that year, else None."""
    if text[period.end : year.start] != " of " or period.text.lower() not in ("the year", "year"):
        return None
    if not _YEAR.fullmatch(year.value) or when_of(year) is None:
        return None
    return year.model_copy(update={"start": period.start, "text": text[period.start : year.end]})


def _range_end(text: str, first: TimeExpression, second: TimeExpression, *, after: int | None = None) -> bool:
    """Tell whether `second` closes a range opened by `first` ("from 2019 to 2021", "3-5 March", "late April
    or early May"); `after`, where the words of `first` end when a zone twin follows it (clock_ranges)."""
    between = text[first.end if after is None else after : second.start]
    if first.mod == "END" and second.mod == "START" and _END_AND_START.match(between):
        return _next_to(first, second)  # "the late 19th and early 20th centuries": one span across both
    before = text[max(0, first.start - 12) : first.start]
    for link, opener in _RANGE_LINKS:
        if link.match(between) and (opener is None or opener.search(before)):
            return link is not _RANGE_LINKS[-1][0] or _next_to(first, second)
    return False


def _next_to(first: TimeExpression, second: TimeExpression) -> bool:
    """Tell whether two times of an alternative follow each other, so that the two are one uncertain time:
    "late April or early May", "in 1995 or 1996"; not "in 1990 or 2000", nor "Monday or Thursday"."""
    one, two = bounds_of(first.value, first.mod), bounds_of(second.value, second.mod)
    if one is None or two is None or one[2] != two[2] or two[0] <= one[1]:
        return False
    return (two[0] - one[1]).days <= max(1, (one[1] - one[0]).days // 3 + 1)


def _alternative_year(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression:
    """Return the second time of an alternative in the year that makes it follow the first, when it names no
    year of its own and the tagger read it in another ("sank in April or May" read as April of last year and
    May of this one; "in December or January": January of the year after), else `second` as it is."""
    if not _RANGE_LINKS[-1][0].match(text[first.end : second.start]) or _OWN_YEAR.search(second.text):
        return second
    year = _YEAR.match(first.value)
    if year is None or not _YEAR_MONTH.match(second.value) or _next_to(first, second):
        return second
    for moved in (year.group(), str(int(year.group()) + 1)):
        candidate = second.model_copy(update={"value": moved + second.value[4:]})
        if candidate.value != second.value and _next_to(first, candidate):
            return candidate
    return second


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The last day of a day range the tagger read only the first day of, each with an example.
_DAY_RANGE_TAILS = [
    re.compile(r"\s*[-–]\s*(?P<day>\d{1,2})(?!\d|[-–/.:]\d)"),  # "March 3" of "March 3-5"
    # "3" of "3-5 March"
    re.compile(r"\s*[-–]\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]{2,8})\.?(?!\s*\d)"),
]


def _day_range(text: str, timex: TimeExpression) -> TimeExpression | None:
    """Return the last day of a day range whose first day is `timex` ("3-5 March", "March 3-5"), or None.

    The tagger may read only the first day: the end, in the same month, is made here from the text.
    """
    day = _DAY_VALUE.fullmatch(timex.value)
    if timex.type != "DATE" or day is None:
        return None
    bare = timex.text.strip().isdigit()  # "3" of "3-5 March": the month comes after the range
    tail = _DAY_RANGE_TAILS[1 if bare else 0].match(text, timex.end)
    if tail is None or int(tail["day"]) <= int(day["day"]) or int(tail["day"]) > 31:
        return None
    if bare and (tail["month"][:3].lower() not in _MONTHS
                 or _MONTHS.index(tail["month"][:3].lower()) + 1 != int(day["month"][5:])):
        return None
    value = f"{day['month']}-{int(tail['day']):02d}"
    return TimeExpression(start=timex.start, end=tail.end(), text=text[timex.start : tail.end()],
                          type="DATE", value=value, anchor=timex.anchor)


def find(text: str, timexes: list[TimeExpression]) -> list[Dated]:
    """Return the expressions that date something, with ranges joined into one."""
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    by_tid = {t.tid: t for t in ordered if t.tid}
    found: list[Dated] = []
    measured: set[str] = set()  # the ids of the dates measured against, which no date is read from
    skip = -1
    for index, timex in enumerate(ordered):
        if index <= skip:
            continue
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        # "from 8:00 a.m. (0500 GMT) to 6:00 p.m.": a range may go on past the start's zone twin
        ahead, after = 1, None
        if following is not None and index + 2 < len(ordered) and (
            after := past_twin(text, timex, following)
        ) is not None:
            ahead, following = 2, ordered[index + 2]
        closes = following is not None and following.type in ("DATE", "TIME")
        # "sank in April or May": the tagger may read the two months in two years
        second = _alternative_year(text, timex, following) if closes else following
        ranged = closes and _range_end(text, timex, second, after=after)  # asked once: both checks below
        if not ranged and ahead == 2:
            following, closes = ordered[index + 1], True  # the twin: what it is next to, as without the range
            second = following
        if ranged and noun_periods.is_noun_period(text, timex):
            skip = index + ahead  # "questions about her work between 2019 and 2022": the time of no event
            continue
        if ranged:
            start = _with_year(timex, second)
            second = on_start_day(start, second)  # "from 7 to 8 p.m. on Thursday": one day
            when = when_of(start, second)
            if when is not None and when.end_value:
                found.append(Dated(start, when, second))
                skip = index + ahead
                continue
        if closes and (joined := _year_of(text, timex, following)) is not None:
            found.append(Dated(joined, when_of(joined)))  # "the year of 2002": one date, 2002
            skip = index + 1
            continue
        if closes and (joined := _with_named_year(text, timex, following)) is not None:
            when = when_of(joined)
            if figure_dates.is_baseline(text, joined):
                skip = index + 1  # "compared with the same period last year": a figure's baseline
                continue
            if when is not None:  # "on December 23 last year", "the same period last year"
                found.append(Dated(joined, when))
                skip = index + 1
                continue
        end = _day_range(text, timex)
        if end is not None and (following is None or following.start >= end.end):
            when = when_of(timex, end)
            if when is not None and when.end_value:
                found.append(Dated(timex, when, end))
                continue
        if is_vague(timex) or _PREFIXED.match(timex.text):
            continue  # "ahead of the holiday season": no date, not the whole year; "pre-2008 levels"
        if timex.type == "DURATION" and timex.end_value and (back := back_from_end(timex)) is not None:
            found.append(Dated(timex, back))  # "over the past week": the seven days up to the document date
            continue
        # when_of gives None exactly for these; its When is made below, for the dates that stay
        if timex.type not in ("DATE", "TIME") or bounds_of(timex.value, timex.mod) is None:
            continue
        if references.refers_only(text, timex, by_tid):
            continue
        if found and zone_twins.restates_time(text, timex, found[-1].end_timex or found[-1].timex):
            continue  # "at 2:35 p.m. (0535 GMT)": the same moment told in another zone, dated by the first
        if date_labels.labels_thing(text, timex):
            measured.add(timex.tid or "")  # "the next day" after "his first day" has no day to count from
            continue  # "June/July going at 1,850 dlrs", "debentures due 2002", "Happy Thanksgiving"
        if side_dates.measured_against(text, timex) or noun_periods.of_other_time(text, timex) or (
            text.startswith(("'s", "’s"), timex.end) and side_dates.owned_by_object(text, timex)
        ) or date_names.names_law(text, timex) or date_names.names_thing(text, timex) or (
            date_names.describes_speaker(text, timex)
        ) or side_dates.denied(text, timex):
            measured.add(timex.tid or "")
            continue  # "its highest close since (2000)", "spoke ahead of the vote (Thursday)", "fined for
            # (yesterday)'s outburst", "the Crimes Act (1914)", "it's not (tonight) we fear"
        when = when_of(timex)
        if when is None:  # never: its type and its value were read above
            continue
        if date_labels.is_price(text, timex):
            found.append(Dated(timex, when, bounds_only=True))
            continue  # "share price into (the mid-30's) in 1983": no date, but the clauses beside it are cut
        if date_names.names_holder(text, timex) or date_names.in_content(text, timex) or (
            date_names.in_intent(text, timex, ordered[index + 1 :])
        ):
            found.append(Dated(timex, when, bounds_only=True))
            continue  # "race against (last year)'s winner", "confidence that it would fall by (Friday)", "his
            # bid to visit for (Christmas Eve) during a meeting early today": no
            # date of the clause, though a date read from it may be ("by the end of the evening" after it)
        if timex.anchor in measured:
            continue  # "the day" after "its highest close since Aug. 28, 2000": no day of the news
        if not when.mod and _lasts_until(text, timex):
            when = when.model_copy(update={"mod": "ON_OR_BEFORE"})  # "a term until 2010": not in 2010
        found.append(Dated(timex, when))
    return found


# "until" before a date that ends a state or a wait, which then lasts up to it: "a term until 2010"; not "not
# until Friday" (it happens then) nor "from May until June" (a range, joined above).
_UNTIL = re.compile(r"\b(?:until|till)\s+\Z", re.I)
_NOT_UNTIL = re.compile(r"(?:\b(?:not|never|no)\b|n['’]t\b)[^,;.]{0,40}\b(?:until|till)\s+\Z", re.I)
# A denial after the date: "until Monday the name had never been disclosed" (it was disclosed on Monday).
_NOT_AFTER = re.compile(r"[^;.,]{0,120}?(?:\b(?:not|never|no)\b|n['’]t\b)", re.I)


def _lasts_until(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date ends what lasts until it: "has a term until 2010"; not "not known until Friday",
    nor "until Monday the name had never been disclosed"."""
    start = max(0, timex.start - 60)
    if "til" not in text[max(0, timex.start - 8) : timex.start]:
        return False  # most dates: no "until" right before them
    if not _UNTIL.search(text, start, timex.start) or _NOT_UNTIL.search(text, start, timex.start):
        return False
    return _NOT_AFTER.match(text, timex.end) is None


# Words that count from the moment of writing, each with an example. In a document without a date the
# tagger can only chain them from a date in the text ("She bought the house in 1994. Last year ..." gives
# 1993), which is not what they mean: they date nothing there.
_DEICTIC = re.compile(
    r"(?<!\bthe\s)\b(?:last|this|next|coming)\b"  # last year, this spring; not "the last week of"
    r"|\b(?:past|ago|yesterday|today|tomorrow|tonight|now|currently|recently)\b",  # the past week, a year ago
    re.I,
)


def without_deictic(timexes: list[TimeExpression]) -> list[TimeExpression]:
    """Return `timexes` without those that count from an unknown now: a deictic phrase the tagger chained
    from another date ("last year" after "in 1994"), and the dates chained from such a phrase ("Last year
    ... in August"). For a document without a date.
    """
    dropped: set[str] = set()
    kept = []
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        chained = timex.anchor not in (None, "dct")
        if chained and (timex.anchor in dropped or _DEICTIC.search(timex.text)):
            dropped.add(timex.tid or "")
            continue
        kept.append(timex)
    return kept
