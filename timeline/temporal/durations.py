"""Handlers for durations: "three days", "a decade-long war", "for years", "could last weeks".

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and theunit.py.
"""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.messages import short_message
from timeline.temporal.normalize import Norm, approximate
from timeline.temporal.rules import Groups, handles
from timeline.temporal.tense import tense_at
from timeline.temporal.values import Point, fmt, shift

_HIS = ("his", "her", "its", "their")  # "his 38 years in office": the span is "38 years"
_AMOUNT_BEFORE = re.compile(
    # "hundreds of interviews a day": a plural count word, "of" and the noun counted, right before the unit
    r"(?:(?:dozens|scores|hundreds|thousands|millions|billions)\s+of\s+[a-z-]+"
    # "a million hours of overtime being worked a week": a round number word counts too
    r"|(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few"
    r"|(?:hundred|thousand|million|billion)\b)\s*"
    # "eight billion U.S. dollars a year", "5 million Hong Kong dollars a year": a capitalized currency word
    r"(?:%|percent|per\s+cent|(?:(?:million|billion|thousand)\s*)?"
    r"(?:(?-i:(?:U\.S\.|[A-Z][a-z]+)\s+){1,2}(?!(?:in|for|over|within|during|after|by|than|at|on)\b))?"
    # "in 1990, after a decade of protests": a preposition or conjunction after the number is no counted noun
    r"(?!(?:after|before|since|until|in|for|over|within|during|by|than|at|on|from|to|and|or|but)\b)[a-z]+)?"
    # "90 liters per person a day", "4 million euros a year"
    r"(?:\s+(?:per\s+(?:head|person|capita)|each|U\.S\.))?"
    # "16 billion doses of flu vaccine a year", "2 million barrels of oil a day": what is counted
    # ("10 percent of his time for a year" is a length: no preposition before the unit)
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,3}(?!(?:for|in|over|within|after|about|during|by|than|from|to|nearly|almost"
    r"|only|just|at|on|since|until|under)\b)[a-z-]+)?|\$\S+|percent|times)\s*$",
    re.IGNORECASE,
)
# What follows "hours" or "days" that sits between two events: "hours after the rebels left", "hours before
# Prime Minister Ito's departure".
_BETWEEN_EVENTS = re.compile(r"\s+(?:after|before)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[A-Za-z]")

# What makes a bare plural before it a length: "months in the making", "weeks away", "years late".
_LENGTH_AFTER = re.compile(r"\s+(?:in\s+the\s+(?:making|works)|away|late|overdue)\b", re.IGNORECASE)
# Time running out: "with just hours left", "only days remain", "mere weeks to go".
_LEFT_AFTER = re.compile(r"\s+(?:left|remain|remains|remained|remaining|to\s+go)\b", re.IGNORECASE)
_SCARCE_BEFORE = re.compile(r"\b(?:just|only|mere)\s+\Z", re.IGNORECASE)

# "naming months after himself", "renamed days after saints": the units are things named, not a time
# between two events.
_NAMED_AFTER = re.compile(r"\b(?:re)?nam(?:e|es|ed|ing)\s+\Z", re.IGNORECASE)

# "30 million yuan (4.1 million dollars) a year": the rate follows a bracketed conversion.
_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,60}\)\s*$")
# "a year later than planned", "a day earlier than scheduled": the difference from a plan, a length.
_LATER_THAN = re.compile(r"\s+(?:later|earlier|sooner)\s+than\b", re.IGNORECASE)
# "the second report in two months", "the highest level in five years", "the first time in a decade": a
# count or a record within a span up to now, a length whatever the tense ("will examine the second report in
# two months"). A bare "first" is no sign: "will publish its first report in two months" is the date.
_COUNTED_IN = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th)|first\s+time"
    r"|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|sharpest|steepest|fastest"
    r"|slowest|deadliest)\s+(?:[a-z-]+\s+){0,2}in\s+\Z",
    re.IGNORECASE,
)
# "last" after a modal, "to" or "which" is the verb "to last": "will last three days", "expected to last".
_LAST_VERB = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|should|must|to|not|cannot|which|usually|typically)|n['’]t)\s+$"
)


# "one day" as "some day ahead": after a modal or a word of hope ("will one day be", "may perhaps one day
# help", "hopes one day to visit"), before a modal ("the club one day may thrive"), or opening a sentence
# whose verb is a modal ("One day the debris could form planets"). Not "will stay one day", "have one day to
# prepare", "One day in 1990 he left", "One day I was walking ... it would be funny".
_MODAL = r"(?:will|would|could|may|might|can|shall)"
_SOMEDAY_BEFORE = re.compile(
    rf"\b(?:{_MODAL}|hopes?|hoped|hoping)\s+(?:(?:also|still|perhaps|even|yet|too|\w+ly)\s+)?\Z",
    re.IGNORECASE,
)
_SOMEDAY_MODAL_AFTER = re.compile(rf"\s+{_MODAL}\b", re.IGNORECASE)
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n)[\"“']?\Z")
_MODAL_IN_SENTENCE = re.compile(rf"[^.!?;\n]*?\b{_MODAL}\b", re.IGNORECASE)


def _someday(ctx: Context) -> bool:
    """Say whether "one day" means some day ahead rather than a day's length."""
    if not re.fullmatch(r"one\s+day", ctx.text[ctx.start : ctx.end], re.IGNORECASE):
        return False  # "the one-day meeting", "a one day strike"
    if _SOMEDAY_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return True
    if _SOMEDAY_MODAL_AFTER.match(ctx.text, ctx.end):
        return True
    if _SENTENCE_OPENS.search(ctx.text, max(0, ctx.start - 4), ctx.start) is None:
        return False
    modal = _MODAL_IN_SENTENCE.match(ctx.text, ctx.end, ctx.end + 120)
    # "One day I was riding to work, I thought it would be nice": a past verb before the modal
    # tells a day of a past story
    return modal is not None and tense_at(ctx.text[: modal.end()], ctx.start, ctx.end) != "past"


# "every week or two weeks", "each month or three months": the quantifier carries across "or" to the second
# length, which recurs as the first does (a SET of its own, as "every Monday or Tuesday" gives two).
_EVERY_OR = re.compile(
    r"\b(?P<q>every|each)\s+(?:[\w-]+\s+)?(?:second|minute|hour|day|week|fortnight|month|quarter|year)s?"
    r"\s*,?\s+or\s+\Z",
    re.IGNORECASE,
)


@handles("duration")
def _duration(g: Groups, ctx: Context) -> Norm | None:
    count = nz.number(g["n"])
    if g.get("half") and count is not None:
        count += 0.5  # "a minute and a half"
    n_text = g["n"].lower()
    if g.get("alt"):
        count = None  # "a year or two", "a day or three": some units, as "two or three years" is
    if n_text in ("a", "an") and g.get("tail") and g["unit"].lower().endswith("s"):
        # "a months-long siege": the article is the noun's; the length is some months
        skip = ctx.text.lower().index(g["unit"].lower(), ctx.start) - ctx.start
        return Norm("DURATION", nz.duration_value(None, g["unit"]), skip=skip)
    if n_text in ("a", "an") and not (g.get("det") or g.get("qm") or g.get("rel") or g.get("tail")):
        # "a week-long adjournment" is a length even after a number ("March 3 before a week-long")
        before = ctx.text[max(0, ctx.start - 80) : ctx.start]
        later_than = _LATER_THAN.match(ctx.text, ctx.end)  # "2027, a year later than planned": no rate
        if not later_than and _AMOUNT_BEFORE.search(_BRACKET_TAIL.sub("", before)):
            return Norm("SET", nz.duration_value(1, g["unit"]))
    if count is not None and count > 5000:
        return None
    if (every := _EVERY_OR.search(ctx.text, max(0, ctx.start - 40), ctx.start)) and not g.get("det"):
        quant = "EVERY" if every.group("q").lower() == "every" else "EACH"
        return Norm("SET", nz.duration_value(count, g["unit"]), quant=quant)  # "every week or two weeks"
    before = ctx.text[max(0, ctx.start - 12) : ctx.start].lower()
    if n_text == "one" and g["unit"].lower() == "day" and _someday(ctx):
        return Norm("DATE", "FUTURE_REF")  # "it will one day be": some day ahead, not a day long
    if (
        count is not None
        and count == int(count)
        and not g.get("det")
        and not g.get("rel")
        and not g.get("qm")
        and re.search(r"\bin\s+$", before)
        and not re.match(r"['’]s\b", ctx.text[ctx.end : ctx.end + 3])  # "cram in a month's training"
        and ctx.tense() == "future"
        and ctx.dct is not None
        and ctx.story() is None
        and not _COUNTED_IN.search(ctx.text, max(0, ctx.start - 50), ctx.start)
    ):
        # "redeemed in five years": the date five years on, not a span.
        unit = nz.unit_gran(g["unit"])
        if unit in ("day", "week", "month", "quarter", "year"):
            point = shift(Point(ctx.dct, "day"), unit, int(count), gran="day" if unit == "week" else unit)
            # "in ten days or so": about that day
            return Norm("DATE", fmt(point), mod=nz.quantity_mod(g.get("qt")), anchor="dct")
    skip = 0
    adjective = "-" in g.get("sep", "") or (
        count is not None and count > 1 and not g["unit"].lower().endswith("s") and g["unit"].lower() != "hrs"
    )
    if (g.get("rel") or "").lower() == "last" and not g.get("det") and _LAST_VERB.search(before):
        # "will last three days": "last" is the verb, the span is "three days".
        rest = ctx.text[ctx.start + 4 : ctx.end]
        skip = 4 + len(rest) - len(rest.lstrip())
    elif n_text in ("a", "an") and g.get("tail") and not (g.get("det") or g.get("qm") or g.get("rel")):
        # "a decade-long war": the article belongs to the noun; the count is one
        rest = ctx.text[ctx.start + len(g["n"]) : ctx.end]
        skip = len(g["n"]) + len(rest) - len(rest.lstrip())
    elif g.get("det") and (adjective and not (g.get("qm") or g.get("rel")) or g["det"].lower() in _HIS):
        # An adjective ("a 16-hour flight", "a two day rally"): the determiner belongs to the noun; a
        # possessive stays out of the span ("his 38 years in office"), as the gold corpora write it.
        skip = (
            len(g["det"])
            + len(ctx.text[ctx.start + len(g["det"]) :])
            - len(ctx.text[ctx.start + len(g["det"]) :].lstrip())
        )
    mod = nz.quantity_mod(g.get("qm")) or nz.quantity_mod(g.get("qt")) or approximate(ctx)
    return Norm("DURATION", nz.duration_value(count, g["unit"]), mod=mod, skip=skip)


# Words that make "a while" a stretch of time: "for a while", "took a while", "it has been a while".
_WHILE_BEFORE = re.compile(
    r"\b(?:for|in|after|within|took|take|takes|taking|lasted|last|lasts|wait|waited|waiting|stay|stayed|been"
    r"|quite|spend|spent|while)\s+\Z",
    re.IGNORECASE,
)


_ONCE_IN = re.compile(r"\bonce\s+in\s+\Z", re.IGNORECASE)


@handles("age")
def _age(g: Groups, ctx: Context) -> Norm | None:
    # The news corpora leave a person's age untagged ("Smith, 52 years old, will succeed"); short messages
    # tag it whole as the span lived ("she is 16 days old": P16D). Never its unit alone without the count.
    count = nz.number(g["n"])
    if not short_message(ctx.text) or count is None:
        return None
    return Norm("DURATION", nz.duration_value(count, g["unit"]))


@handles("nthunit")
def _nth_unit(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DURATION", nz.duration_value(1, g["unit"]))  # "the first month of the trial": P1M


@handles("awhile")
def _awhile(g: Groups, ctx: Context) -> Norm | None:
    before = _WHILE_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start)
    if before is None or _ONCE_IN.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "once in a while" is now and then, not a stretch of time
    return Norm("DURATION", "PXX")


@handles("unitlong")
def _unit_long(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DURATION", nz.duration_value(1, g.get("unit") or g["unit2"]))


@handles("dur_recent")  # "in recent days of trading"
@handles("dur_bare")
def _dur_bare(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join((g.get("rel") or "").lower().split())
    unit = g["unit"].lower()
    if g.get("long"):
        # "the decades-long feud": the adjective alone, whatever word came before it
        skip = ctx.end - ctx.start - len(unit) - len(g["long"])
        return Norm("DURATION", nz.duration_value(None, unit), skip=skip)
    if rel == "last" and _LAST_VERB.search(ctx.text[max(0, ctx.start - 12) : ctx.start].lower()):
        # "could last weeks": a span of weeks, "last" being the verb
        return Norm("DURATION", nz.duration_value(None, unit), skip=ctx.end - ctx.start - len(unit))
    if rel == "recent" and unit == "years":
        return Norm("DATE", "PAST_REF")
    if rel in ("past", "last", "the past", "the last", "previous"):
        return Norm("DATE", "PAST_REF")
    if rel in ("coming", "next", "the next", "the coming", "future"):
        return Norm("DATE", "FUTURE_REF")
    if rel in ("", "the") and not g.get("ahead"):
        # A bare plural is a duration after a preposition of extent: "for years", "over the years".
        before = ctx.text[max(0, ctx.start - 12) : ctx.start].lower()
        extent = re.search(r"\b(?:for|over|in|within|during|took|take|takes|taking|lasted|last)\s+$", before)
        # "troops entered hours after the rebels left": an unknown count of hours between two events
        between = (
            rel == ""
            and _BETWEEN_EVENTS.match(ctx.text, ctx.end)
            and not re.search(r"\b(?:of|first|final|early|last|few|those|these|many)\s+$", before)
            and not _NAMED_AFTER.search(ctx.text, max(0, ctx.start - 16), ctx.start)
        )
        # "was months in the making", not "500 light years away" (a distance)
        measured = rel == "" and (
            (_LENGTH_AFTER.match(ctx.text, ctx.end) and not before.endswith("light "))
            or (_LEFT_AFTER.match(ctx.text, ctx.end) and _SCARCE_BEFORE.search(before))
        )
        if not extent and not between and not measured:
            return None
        following = ctx.text[ctx.end : ctx.end + 12]
        if rel == "the" and re.match(r"\s+(?:before|after|that|following|since|when)\b", following):
            # "in the weeks before the vote": the noun phrase runs on; the time word is "weeks".
            return Norm("DURATION", nz.duration_value(None, g["unit"]), skip=4)
    return Norm("DURATION", nz.duration_value(None, g["unit"]))
