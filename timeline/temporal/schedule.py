"""Read the present tense of a schedule: "The talks resume Monday", "the holiday falls on a Friday".

A present verb of schedule speaks of what is coming, with no "will" to say so; the tense reader
(`tense.py`) finds no marker there, and the resolver asks these instead.
"""

from __future__ import annotations

import re

from timeline.temporal.quick import lacks
from timeline.temporal.saying import KNOWING_VERBS, SAYING_VERBS
from timeline.temporal.tense import WINDOW, clause_cut, sentence_cut
from timeline.temporal.tensewords import WORD

# Present-tense verbs of schedule: with no past or future marker, "Voters go to the polls on Sunday",
# "The talks resume Monday" speak of what is coming. "is"/"are" count only after a noun of schedule:
# "The deadline is 11:59 pm on Friday" looks ahead, "Police are investigating a fire on Saturday" not.
PRESENT_WORDS = frozenset(
    "go goes begin begins start starts open opens close closes end ends meet meets face faces "
    "vote votes resume resumes return returns play plays expire expires takes runs "
    # fixtures: "Arsenal host Chelsea on Saturday", "the champions travel to Leeds on Sunday"
    "host hosts travel travels welcome welcomes visit visits "
    # "The talks continue on Wednesday", "the matches kick off on Saturday"
    "continue continues kick "
    # "a cheaper model arrives in the second quarter"
    "arrive arrives "
    # "the governor holds a 10 a.m. briefing on Monday", "the president gives an address Monday"
    "hold holds give gives".split()
)
_SCHEDULE_IS = re.compile(
    r"\b(?:deadline|vote|election|meeting|hearing|trial|summit|talks|game|match|launch|ceremony|opening"
    r"|release|debate|final|race|polls?|session|auction|conference|visit|sale|kickoff|premiere|festival"
    r"|wedding|funeral|deadlines|votes|elections|meetings|hearings|games|matches)\b[^,;()]{0,40}?\b(?:is|are)\b",
    re.IGNORECASE,
)
# "is" or "are" (and "on") right before the date: what is on a day, told in the present, is coming; so is
# what is "due" then ("payment is due Feb. 1", "a decision due Wednesday").
_IS_BEFORE = re.compile(r"\b(?:is|are|(?<!was )(?<!were )due)\s+(?:on\s+)?\Z", re.IGNORECASE)
# "since Monday", "up from Friday", "than on Monday", "after a fall on Sunday": a look back.
_LOOKS_BACK_WORDS = ("since", "from", "than", "after")
_LOOKS_BACK = re.compile(rf"\b(?:{'|'.join(_LOOKS_BACK_WORDS)})\s+(?:\w+\s+){{0,2}}\Z", re.IGNORECASE)

# "Flights resume from Sunday", "the rule takes effect from Monday": "from" after a verb of schedule (with
# at most its object between) opens a span that starts ahead, not a comparison ("close up from Friday").
_FROM_ONWARD = re.compile(
    r"\b(?:" + "|".join(sorted(PRESENT_WORDS | {"effect", "apply", "applies"})) + r")\s+"
    r"(?:(?!up\b|down\b|higher\b|lower\b)[a-z]+\s+)?from\s+\Z",
    re.IGNORECASE,
)

# A progressive of a plan, right before the day: "He is flying to Paris on Sunday", "we're meeting on
# Sunday", a message's "flying out on sunday" (opening its sentence, or after the handles it replies to:
# "@sam flying out on sunday"). Only the verb, a particle and a named place or side stand between: "Police
# are investigating a fire on Saturday" tells a past fire.
PLANNED_PROGRESSIVES = (
    "flying leaving going heading travelling traveling arriving returning departing meeting visiting "
    "hosting playing facing performing moving"
).split()
_PROGRESSIVE_PLAN = re.compile(
    r"(?:\b(?:is|are|am)\s+|['’](?:m|re|s)\s+|(?:^\s*|[.!?]\s+)(?:@\w+\s+)*)"
    r"(?:" + "|".join(PLANNED_PROGRESSIVES) + r")"
    r"(?:\s+(?:out|off|back|home|away|over))?(?:\s+(?:to|for|with|against|in|at))?"
    r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)

# A trip told in the present, right before the day: "is headed to Paris Tuesday", "heads to Ohio on Friday",
# "they head home on Sunday", "voters head to the polls on Sunday". Only a particle, "to"/"for" and a named
# place or "the" and a noun stand between; "the head of the agency on Friday" is a noun and "was headed to
# Paris on Tuesday" a past trip.
_HEADED = re.compile(
    r"(?:\b(?:is|are|am)\s+(?:now\s+)?headed|['’](?:m|re|s)\s+headed|\bheads?)"
    r"(?:\s+(?:out|off|back|home|north|south|east|west|abroad|overseas|down|up))?(?:\s+(?:to|for|into))?"
    r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}(?:\s+the\s+(?-i:[a-z]+))?\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)


def present_at(text: str, start: int) -> bool:
    """Say whether a present-tense verb of schedule governs the span in its sentence."""
    left = text[max(0, start - WINDOW) : start]
    cut = clause_cut(left)
    if cut >= 0:
        left = left[cut + 2 :]
    if _IS_BEFORE.search(left):
        return True  # "Women's Day is Sunday", "the deadline is on Friday": a present copula, the coming day
    if "ing" in left and _PROGRESSIVE_PLAN.search(left):
        return True  # "is flying to Paris on Sunday": a plan told in the progressive
    if "head" in left and _HEADED.search(left):
        return True  # "is headed to Paris Tuesday", "heads to Ohio on Friday": a trip ahead
    if not lacks(left, 0, len(left), _LOOKS_BACK_WORDS) and (back := _LOOKS_BACK.search(left)):
        return _FROM_ONWARD.search(left, 0, back.end()) is not None
    if not lacks(left, 0, len(left), ("is", "are")) and _SCHEDULE_IS.search(left):
        return True
    # the words are ASCII letters with no space in them, so joining, lowering and splitting keeps each one
    if not PRESENT_WORDS.isdisjoint(" ".join(WORD.findall(left)).lower().split()):
        return True
    present = _PRESENT_S.search(left)
    return present is not None and present["verb"] not in _TELLING


# Any present verb in -s after a singular subject with a determiner, only a particle and a place between it
# and the day: "The fair culminates on Friday", "the summit convenes in Rome on Friday", "the festival wraps
# up on Sunday" (tense.py found no past or future marker in the sentence). Not a noun in -ings ("the council
# meetings on Friday"), nor a noun after a past ("the firm unveiled plans on Friday", "the city lit lamps
# for Diwali": only a place may follow the verb), nor a verb of telling ("the paper reports on a fire").
_PRESENT_S = re.compile(
    r"\b(?:the|a|an|this|its|his|her|their|our)\s+(?:(?![\w-]*ed\s)[\w-]+\s+){0,2}?(?![\w-]*ed\s)[\w-]*[^\Ws]\s+"
    r"(?P<verb>(?-i:[a-z]{2,}(?<!ing)(?<!u)(?<!i)(?<!s)s))(?:\s+(?:up|off|out|down))?"
    r"(?:\s+(?:on|in|at|until|through|from)\b[^,;:()]{0,30})?\s+\Z",
    re.IGNORECASE,
)
_TELLING = frozenset(
    form for forms, nouns, _example in SAYING_VERBS + KNOWING_VERBS for form in f"{forms}|{nouns}".split("|")
)


_SENTENCE_END = re.compile(r"[.!?]\s")


def scheduled_on(text: str, prev_end: int | None, start: int) -> bool:
    """Say whether a present verb of schedule governs a clock time in the sentence of the day told before
    it ("On Friday, polls open at 7 a.m.")."""
    if prev_end is None or _SENTENCE_END.search(text, prev_end, start):
        return False
    return present_at(text, start)


# A date opening its sentence, after an optional "On" or "And on": "On Monday the Fed meets", "Friday, the
# talks resume", "And on Thursday, the champions take on the hosts".
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n)[\"“]?(?:And\s+)?(?:On\s+|on\s+)?\Z")
# After a date opening its sentence, "take" is a fixture's verb too ("On Saturday, the hosts take on ...").
_PRESENT_AFTER_WORDS = PRESENT_WORDS | {"take"}


def present_after(text: str, start: int, end: int) -> bool:
    """Say whether a date opening its sentence is followed by a present-tense verb of schedule in it."""
    if not _OPENS_SENTENCE.search(text, max(0, start - 8), start):
        return False
    right = text[end : end + 80]
    right = right[: sentence_cut(right)]
    return any(match.group().lower() in _PRESENT_AFTER_WORDS for match in WORD.finditer(right))


# What falls on a day: (subject words right before "falls on", example). A day, a holiday or a relative
# pronoun standing for one makes "falls" the verb of the calendar; "sharp falls on Monday" is a noun.
_FALLING_THINGS: list[tuple[str, str]] = [
    ("which|that|it", "the festival, which falls on Friday"),
    ("day|days|Day", "Poets' Day falls on Monday"),
    ("holiday|holidays", "the holiday falls on a Friday"),
    ("anniversary|birthday|deadline|date", "the deadline falls on Monday"),
    ("festival|feast|Eve|Christmas|Easter|Thanksgiving|Halloween|Year", "the feast falls on Sunday"),
]
_FALLS_ON = re.compile(
    r"\b(?:" + "|".join(words for words, _ in _FALLING_THINGS) + r")\s+(?:also\s+|again\s+)?"
    r"(?P<verb>falls|fell|(?:is|was)\s+falling)\s+on\s+(?:a\s+)?\Z"
)


def falls_on(text: str, start: int) -> str | None:
    """Return the tense of a "falls on" or "fell on" before the span ("the holiday falls on Friday")."""
    if "fall" not in text[max(0, start - 24) : start]:
        return None  # the cheap test first
    found = _FALLS_ON.search(text, max(0, start - 60), start)
    if found is None:
        return None
    return "past" if found.group("verb").startswith(("fell", "was")) else "future"


# "Water levels have fallen since September", "Since March, prices have risen": a present perfect counts
# up to now, so the month is the writer's recent one whatever story came before.
_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)(?:n't|\s+not)?\s+[a-z]+", re.IGNORECASE)
_PERFECT_AFTER = re.compile(r",?\s+(?:[\w'%-]+\s+){0,5}?(?:has|have)(?:n't|\s+not)?\s+[a-z]+", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.;!?](?:\s|\Z)|\n")


def perfect_since(text: str, start: int, end: int) -> bool:
    """Say whether "since <month>" is governed by a present perfect in its sentence: it counts up to now."""
    if not _SINCE_BEFORE.search(text, max(0, start - 8), start):
        return False
    left = text[max(0, start - 80) : start]
    stops = list(_CLAUSE_STOP.finditer(left))
    if stops:
        left = left[stops[-1].end() :]
    if _PERFECT_BEFORE.search(left):
        return True
    after = _PERFECT_AFTER.match(text, end)
    return after is not None and not _CLAUSE_STOP.search(after.group())


# "Talks began on Monday and meet again on Wednesday": a present verb of schedule coordinated after a past
# one governs the day that follows it, which lies ahead ("continue" too: "opened Monday and continues
# Wednesday"); "and" with only an adverb or "on" between the verb and the day.
_AND_PRESENT = re.compile(
    r"\band\s+(?:" + "|".join(sorted(PRESENT_WORDS | {"continue", "continues"})) + r")"
    r"(?:\s+(?:again|later|next))?\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)


def and_present(text: str, start: int) -> bool:
    """Say whether a present verb of schedule after "and" governs the span ("... and resume on Wednesday")."""
    if "and" not in text[max(0, start - 40) : start]:
        return False  # the cheap test first
    return _AND_PRESENT.search(text, max(0, start - 40), start) is not None
