"""The season handler: "last summer", "the following winter", "spring 2024", "in the fall".

A season takes its year from the text ("1944 winter"), from the story ("the next spring"), or as the nearest
one to the document date by tense. "another winter" names no particular season and is not tagged.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.named_dates import relative_year
from timeline.temporal.normalize import Norm
from timeline.temporal.resolve import writer_ahead
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.storychain import bc_winter_ahead
from timeline.temporal.values import SEASON_START, Point

_UNSPECIFIC = re.compile(r"\b(?:another|one\s+more)\s+\Z", re.IGNORECASE)
# Words before a season that point from the writer's now, whatever year the story is in.
_DEICTIC = {
    "last": "failed again last spring",
    "past": "came this past summer",
    "this": "will open this winter",
    "next": "returns next spring",
    "coming": "the coming winter",
    "upcoming": "the upcoming summer",
    "current": "the current winter",
}

# Nouns a season word before them makes a thing of the season, not a time: "the Kashmiri summer capital".
_SEASON_THING = {
    "capital": "Srinagar, the summer capital of the state",
    "capitals": "the summer capitals of the Raj",
    "residence": "the king's summer residence",
    "residences": "summer residences by the lake",
    "palace": "the emperor's winter palace",
    "retreat": "the president's summer retreat",
    "villa": "a winter villa on the coast",
    "cottage": "their summer cottage",
    "resort": "a winter resort in the Alps",
    "resorts": "winter resorts",
    "pastures": "drove the herds to summer pastures",
    "home": "his summer home in Maine",
    "house": "a summer house by the sea",
    # a kind of crop, tyre or school named by its season, not a date of it (the tweets' annotation dates a
    # "winter storm" and a "winter coat" to the season: they stay)
    "wheat": "the winter wheat crop",
    "barley": "spring barley prices",
    "crop": "the winter crop was sown",
    "crops": "farmers planted winter crops",
    "tyres": "winter tyres are compulsory",
    "tires": "snow and winter tires",
    "solstice": "the summer solstice",
    "equinox": "the spring equinox",
    "camp": "a summer camp for children",
    "camps": "summer camps",
    "school": "summer school classes",
    "internship": "a summer internship",
    "internships": "summer internships",
    "uniform": "the winter uniform",
    "sports": "winter sports",
}
_THING_AFTER = re.compile(rf"\s+(?-i:(?P<noun>{'|'.join(_SEASON_THING)}))\b")
# "in the summer house prices rose": after a word of time a season before "house" or "home" stays a time.
_TIME_BEFORE = re.compile(
    r"\b(?:in|during|over|through|throughout|since|until|till|by|for|each|every|last|this|next|that|all)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _told_year(code: str, ctx: Context) -> int | None:
    """Return the year of a day or month told just before in a past year, when a season told in the past
    follows it in that year: "On March 23, 2020, the country locked down. The lockdown lasted until the
    summer" is 2020's summer, not the last one before the document date."""
    ref = ctx.ref
    if ref is None or ref.gran not in _TOLD or ctx.dct is None or ref.day.year >= ctx.dct.year - 1:
        return None
    if SEASON_START[code] < ref.day.month or ctx.tense() != "past":
        return None
    return ref.day.year


_TOLD = ("day", "month", "season")  # "... until the summer, and two more followed in the autumn"


def names_a_thing(groups: Groups, text: str, start: int, end: int) -> bool:
    """Say whether a season only describes the noun after it ("the summer capital", "his winter palace")."""
    if (groups.get("rel") or "the").lower() != "the" or groups.get("y") or groups.get("mod"):
        return False  # "last summer home", "winter 2001", "early summer": a time whatever follows
    thing = _THING_AFTER.match(text, end)
    if thing is None:
        return False
    return thing["noun"] not in ("home", "house") or not _TIME_BEFORE.search(text[max(0, start - 24) : start])


@handles("season")
def _season(g: Groups, ctx: Context) -> Norm | None:
    """Give a season its year: stated, counted from the story ("the following winter") or the nearest."""
    if _UNSPECIFIC.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "wait another winter": one more season, not a dated one (and no ISO unit for a length)
    code = nz.season_code(g["season"])
    if g.get("ord") and not g.get("y"):
        return _ordinal_season(g, code, ctx)
    rel = " ".join((g.get("rel") or "").lower().split())
    rel = "past" if rel in ("the past", "this past") else rel  # "the past summer": the last one
    anchor: str | None = None
    if g.get("y"):
        year: int | None = nz._year(g["y"], ctx)
    elif rel.startswith("the ") and (ctx.ref is not None or ctx.story_bc() is not None):
        # "the next spring", "the following winter": from the story, one season on.
        step = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        bc = ctx.story_bc()
        if bc is not None or ctx.ref is None:
            year = (bc or 0) + step
        else:
            year = _stepped(code, ctx.ref, step)
        anchor = "ref"
    else:
        if rel in _DEICTIC and ctx.dct is not None:
            # "last spring", "this past summer", "next winter" count from the document date, as "last March"
            # and "last year" do, even after a year the text just stated ("failed in 2021 and again last
            # spring" is this year's spring, not 2021's)
            year, anchor = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0), "dct"
            if rel == "this" and _winter_begun(code, ctx):
                year -= 1
        else:
            year, anchor = relative_year(rel if rel in ("last", "next") else None, ctx)
            if anchor == "ref" and rel in ("last", "next") and ctx.ref is not None and ctx.story_bc() is None:
                # no document date: "next summer" after "12 August 2024" is 2025's, as "the next summer" is
                year = _stepped(code, ctx.ref, 1 if rel == "next" else -1)
        if (
            year is not None
            and rel in ("last", "past", "previous")
            and ctx.dct is not None
            and anchor == "dct"
        ):
            year = (
                ctx.dct.year - 1
                if _season_after(code, ctx.dct) or rel == "last" and _season_current(code, ctx.dct)
                else ctx.dct.year
            )
        news = ctx.story() is None or writer_ahead(ctx)  # "are due to resume in the autumn": the writer's
        if rel in ("", "the") and code is not None and ctx.dct is not None and news:
            # "in spring", "the summer": the nearest one, the tense deciding past or future.
            year, anchor = nz.resolve_month({"SP": 4, "SU": 7, "FA": 10, "WI": 12}[code], ctx)
            if ctx.story() is None and (told := _told_year(code, ctx)) is not None:
                year, anchor = told, "ref"
    if code == "WI" and not g.get("y") and rel in ("", "the") and year and year < 0:
        # "passed the winter" after the autumn of 481 BC: BC0480-WI, the year the winter ends in
        year += year == ctx.story_bc() and bc_winter_ahead(ctx.bc_month)
    if not g.get("y") and rel in ("", "the") and (named := named_year(ctx)) is not None:
        year, anchor = named, None  # "the Winter Offensive (early 1951)": the event's year, not the story's
    value = f"{nz.year_text(year)}-{code}" if year else f"XXXX-{code}"
    if g.get("bc") and year:
        value = f"BC{year:04d}-{code}"
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


HANDLERS["yseason"] = _season

# A season opening the name of an event whose year follows it: "the Chinese Winter Offensive (early 1951)",
# "the German Spring Offensive of 1918", "Summer Campaign (1943)".
_NAMED_YEAR = re.compile(
    r"(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s*(?:\(\s*(?:(?:early|mid|late)[\s-]+)?(?P<paren>\d{4})\s*\)"
    r"|\s+of\s+(?P<of>\d{4})\b)",
    re.IGNORECASE,
)


def named_year(ctx: Context) -> int | None:
    """Return the year written after the name a capitalized season opens ("Spring Offensive of 1918")."""
    if not ctx.text[ctx.start : ctx.start + 1].isupper():
        return None
    if (found := _NAMED_YEAR.match(ctx.text, ctx.end)) is None:
        return None
    return int(found["paren"] or found["of"])


# A noun after the season takes the ordinal: "the first winter storm" is a storm's rank, "winter" its kind.
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|his|her|its|their|our|my|was|were|is|are|had|has|of|in|on|at"
    r"|and|or|but|to|for|with|as|when|after|before|here|there|then|now|too|alone|abroad|away|back|proved"
    r"|brought|came|saw|ended|began|passed|went)\b)[A-Za-z]{3,}\b"
)


def _ordinal_season(g: Groups, code: str | None, ctx: Context) -> Norm | None:
    """Date an ordinal season ("The first winter was hard", "her second summer") from the story, else unknown.

    The count runs from the date the text last gave ("opened her bakery in 1998. ... The first winter" is
    1998-WI, "the second summer" 1999-SU); with no date told before it the year is unknown, never the
    document date's. A noun after it ("the first winter storm") ranks the noun: only the season is tagged,
    as before.
    """
    if _NOUN_NEXT.match(ctx.text, ctx.end):
        rest = {key: value for key, value in g.items() if key != "ord"}
        norm = _season(rest, ctx)
        if norm is not None:
            norm.skip = ctx.text.lower().rindex(g["season"].lower(), ctx.start, ctx.end) - ctx.start
        return norm
    mod = nz.mod_of(g.get("mod"))
    ref = ctx.ref
    if ref is None or ctx.story_bc() is not None:
        return Norm("DATE", f"XXXX-{code}", mod=mod)
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(code or "", 1)
    year = ref.day.year
    if ref.gran in ("day", "week", "month") and ref.day.month > first + 2:
        year += 1  # opened in October: the first summer is the next year's
    year += (nz.ordinal(g["ord"]) or 1) - 1
    return Norm("DATE", f"{nz.year_text(year)}-{code}", mod=mod, anchor="ref")


def _stepped(code: str | None, ref: Point, step: int) -> int:
    """Return the year of the season `step` seasons of its name on from the date told (`ref`): "the next
    summer" after "12 August 2024" is 2025's, after "March 2024" 2024's; after a year told whole, the next."""
    first, day = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(code or "", 1), ref.day
    year = day.year
    if ref.gran == "year":
        year += step  # "in 2019 ... the following spring": a year told whole is over before it
    elif step > 0 and first <= day.month:
        year += 1
    elif step < 0 and first + 2 >= day.month:
        year -= 1
    return year


def _season_after(code: str | None, day: dt.date) -> bool:
    """Say whether the season starts after the month of `day`."""
    order = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    return order.get(code or "", 0) > day.month


def _season_current(code: str | None, day: dt.date) -> bool:
    """Say whether `day` falls in the season's three months."""
    order = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    start = order.get(code or "", 0)
    return start <= day.month < start + 3


def _winter_begun(code: str | None, ctx: Context) -> bool:
    """Say whether "this winter" is the one that began last December: said in January or February, or in
    March of a winter told in the past ("snow fell heavily this winter", in a March story)."""
    if code != "WI" or ctx.dct is None or ctx.dct.month > 3:
        return False
    return ctx.dct.month < 3 or ctx.tense() == "past"
