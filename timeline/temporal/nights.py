"""Tell which night "overnight" names when the clause's tense alone does not say: last night or tonight.

News told on the morning after says "overnight" of the night just past in a present perfect ("there has
been more fighting overnight", "the Dow has fallen overnight") as in a simple past; "after being arrested
overnight" and a happening named just before it ("after a shooting overnight") are past whatever the main
verb ("will face court today"). A future ("crews will work overnight"), a bare present ("crews are working
overnight"), a warning or forecast ("has warned of winds overnight") and a thing braced for keep the coming
night.

`keep_overnight` (wordsense.py) asks `adverb_context` too: "has overnight charged", "Wall Street overnight
fell" put a verb beside "overnight", so it is the adverb of time, not an adjective before a noun.
"""

from __future__ import annotations

import re

from timeline.temporal.tensewords import PAST_WORDS

# A present or past perfect in the clause before "overnight", each with an example:
_PERFECT = (
    (r"been", "there has been more fighting overnight / it's been a long night"),
    (r"[a-z]+(?:ed|en|wn|ne|ung|ught)", "the Dow has fallen overnight / crews have worked overnight"),
    (r"(?:hit|cut|put|shut|set|struck|fled|led|held|lost|sent|spent|left|kept|shot|fought|met)", "has hit"),
)
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|'ve|'d|(?<=\w)'s(?=\s+been))\s+(?:(?:not|just|already|also|now|reportedly|again)\s+)?"
    r"(?:" + "|".join(row[0] for row in _PERFECT) + r")\b"
    r"(?![^.;!?]*\b(?:will|'ll|shall|tonight|to\s+[a-z]+)\b)[^.;!?]*\Z",
    re.IGNORECASE,
)

# A perfect of warning or asking looks ahead: "has warned of strong winds overnight", "have urged residents
# to stay indoors overnight".
_AHEAD = re.compile(
    r"\b(?:warn|forecast|predict|caution|advis|alert|urg|ask|tell|told|call|order|expect|plan)\w*\b[^.;!?]*\Z",
    re.IGNORECASE,
)

# "after being arrested overnight", "following a stabbing overnight" — a happening before the clause's
# main event: past even when the main verb looks ahead ("will face court today after ...").
_AFTER_PASSIVE = re.compile(
    r"\b(?:after|following)\s+(?:being|having\s+been)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|wn|t)\s+"
    r"(?:[a-z]+\s+){0,3}\Z",
    re.IGNORECASE,
)

# An auxiliary before "overnight" puts the adverb between it and its verb: "has overnight charged".
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|will|would)\s+\Z", re.IGNORECASE)
# An irregular past verb after "overnight" ("Shares on Wall Street overnight fell"): a verb, not a noun.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


# More happenings after the adjective "overnight", beside wordsense's crashes and raids, each with an example.
HAPPENINGS = (
    ("rain|rains|rainfall|showers|snow|snowfalls?|hail|winds|gales|thunderstorms?", "overnight rain fell"),
    ("air\\s+strikes|airstrikes|strikes|bombardment|offensive|incursions?|assault", "overnight air strikes"),
    ("talks|negotiations|trading|trade|session", "after marathon overnight talks / in overnight trading"),
    ("blaze|blazes|bushfires?|fires?", "the overnight blaze"),
    ("break-ins?|burglar(?:y|ies)|robber(?:y|ies)|stabbings?|assaults?|brawls?", "an overnight stabbing"),
)
_HAPPENING = re.compile(r"\s+(?:" + "|".join(row[0] for row in HAPPENINGS) + r")\b", re.IGNORECASE)


# A happening named just before "overnight" is what the night dates, and it is over: "after a shooting
# overnight", "are investigating a stabbing overnight". The nouns of wordsense's adjective list and of
# HAPPENINGS, each row with an example.
HAPPENINGS_BEFORE = (
    (
        "crash|crashes|attacks?|raids?|blasts?|explosions?|shelling|clashes|bombings?|violence",
        "after a blast",
    ),
    (
        "riots?|rioting|fighting|quake|earthquake|downpours?|flooding|floods|shootings?|killings?",
        "riots overnight",
    ),
    ("storms?|rain|hail|winds|thunderstorms?|fires?|blazes?|bushfires?", "after wild storms overnight"),
    (
        "stabbings?|assaults?|brawls?|break-ins?|burglar(?:y|ies)|robber(?:y|ies)|collisions?",
        "a stabbing overnight",
    ),
    (
        "sieges?|stand-?offs?|chases?|pursuits?|accidents?|incidents?|protests?|collapse",
        "after a siege overnight",
    ),
)
_NOUNS_BEFORE = "|".join(row[0] for row in HAPPENINGS_BEFORE)
# "after a shooting overnight", "following riots overnight": over, whatever the main verb's tense.
_AFTER_HAPPENING = re.compile(
    r"\b(?:after|following)\s+(?:[a-z-]+\s+){0,3}?(?:" + _NOUNS_BEFORE + r")\s+\Z", re.IGNORECASE
)
# "are investigating a shooting overnight", "a house fire overnight": over, unless the clause looks ahead or
# the thing is awaited ("braced for a storm overnight", "warned of a riot overnight").
_HAPPENING_JUST_BEFORE = re.compile(
    r"(?<!\bfor\s)(?<!\bof\s)(?<!\bagainst\s)\b(?:a|an|the|two|three|several)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + _NOUNS_BEFORE
    + r")\s+\Z",
    re.IGNORECASE,
)


def happening_after(text: str, end: int) -> bool:
    """Say whether one of HAPPENINGS follows "overnight" (ending at `end`): "overnight rain"."""
    return _HAPPENING.match(text, end) is not None


def night_past(text: str, start: int, tense: str | None) -> bool:
    """Say whether "overnight" at `start` is the night before the document date beyond `tense` (its clause's).

    "there has been more fighting overnight" (no tense marker): yes; "will face court today after being
    arrested overnight" (future): yes; "crews will work overnight": no.
    """
    left = text[max(0, start - 120) : start]
    if _AFTER_PASSIVE.search(left) or _AFTER_HAPPENING.search(left):
        return True
    if tense != "future" and _HAPPENING_JUST_BEFORE.search(left):
        return True
    perfect = _PERFECT_BEFORE.search(left)
    return tense is None and perfect is not None and _AHEAD.search(left, perfect.start()) is None


# A warning or forecast of a thing "overnight" looks ahead even in a past tense: "the bureau has warned of
# damaging winds overnight", "forecasters predicted heavy rain overnight"; a past verb after the thing
# ("warned of storms, which hit overnight") tells what came.
_WARNED_OF = re.compile(
    r"\b(?:warn|forecast|predict)(?:s|ed|ing)?\s+(?:of|that)\s+(?P<thing>[^.;!?]*)\Z", re.IGNORECASE
)


# The thing of the night is itself forecast: "heavy overnight rain is forecast", "overnight storms could".
# The word after "overnight" must be its noun, not a conjunction or a preposition ("overnight as the ...").
_AHEAD_AFTER = re.compile(
    r"\s+(?!(?:as|and|but|or|when|while|after|before|because|so|then|until|if|since|though|although|the|a|an"
    r"|in|on|at|to|for|with|from|by|of|into|near|across|around|amid|despite)\b)[a-z-]+(?:\s+[a-z-]+){0,2}?\s+"
    r"(?:(?:is|are)\s+(?:forecast|expected|predicted|likely|planned|scheduled|due)\b|(?:will|could|may|might)\s+(?!have\b))",
    re.IGNORECASE,
)


def night_ahead(text: str, start: int, end: int | None = None) -> bool:
    """Say whether "overnight" at `start` is the night a warning or forecast looks to ("warned of winds")."""
    if end is not None and _AHEAD_AFTER.match(text, end):
        return True
    warned = _WARNED_OF.search(text, max(0, start - 120), start)
    if warned is None:
        return False
    words = warned.group("thing").lower().split()
    return not any(word in PAST_WORDS or (len(word) > 4 and word.endswith("ed")) for word in words)


def adverb_context(text: str, start: int, end: int) -> bool:
    """Say whether a verb stands beside "overnight" (at start): "has overnight charged", "overnight fell"."""
    if _AUXILIARY_BEFORE.search(text, max(0, start - 8), start):
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in PAST_WORDS


# People who act, after "overnight" that opens a sentence or follows a comma: the adverb before its subject
# ("Overnight police arrested three men", "Overnight, troops shelled the town"), not an adjective, which
# qualifies a thing ("Overnight rates rose", "overnight stays", "overnight oats").
OVERNIGHT_AGENTS = [
    ("police", "Overnight police arrested three men"),
    ("troops|soldiers|forces|army|militants|gunmen|rebels|insurgents", "Overnight troops shelled the town"),
    (
        "firefighters|crews|rescuers|paramedics|officers|authorities|officials",
        "Overnight crews fought the fire",
    ),
    ("protesters|demonstrators|rioters|residents|thieves|vandals|burglars", "Overnight protesters marched"),
    ("the|a|an|two|three|four|five|several|dozens|hundreds|thousands|more", "Overnight, the storm passed"),
    ("he|she|they|we|it|i", "Overnight they moved the camp"),
]
_AGENT_AFTER = re.compile(
    r",?\s+(?:" + "|".join(row[0] for row in OVERNIGHT_AGENTS) + r")\b(?!-)", re.IGNORECASE
)
_OPENS = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)\Z")


def opens_before_agent(text: str, start: int, end: int) -> bool:
    """Say whether "Overnight" opens a sentence before its acting subject: "Overnight police arrested ..."."""
    return (
        _OPENS.search(text, max(0, start - 4), start) is not None
        and _AGENT_AFTER.match(text, end) is not None
    )
