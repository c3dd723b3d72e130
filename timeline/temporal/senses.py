"""Drop scanner matches whose words are a fraction, a price or a generic week, not a time.

Each shape is a row with its example; `filters.keep` asks `not_a_time` first.
"""

from __future__ import annotations

import re

from timeline.temporal.wordsense import text_before

# "that half of the 20 people", "this half of the room": a fraction of a group, not a half-year. A half of
# the calendar is followed by nothing or by a year ("that half of the year", "this half of 2010").
_HALF_OF_GROUP = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|that\s+)?(?:year|fiscal|season|decade|century|\d{4})\b)", re.IGNORECASE
)
# "He added that half the staff left": "that" opens a clause, and "half" counts what follows.
_THAT_HALF_COUNTS = re.compile(r"\s+(?:(?:of|the|a|an|his|her|their|its|our|all)\b|\d)", re.IGNORECASE)

# Words of prices and readings before a two-digit decade: "the share price rose into the mid-30's", "was
# worth in the mid 30s", "temperatures in the low 30s" are figures, not the 1930s.
PRICE_WORDS = [
    ("price", "the share price into the mid-30's"),
    ("worth", "the company was worth in the mid 30s"),
    ("valued", "valued in the high 20s"),
    ("stock", "the stock traded in the 40s"),
    ("shares", "shares fell into the low 20s"),
    ("bid", "a bid in the mid-30s"),
    ("dlrs", "between 30 dlrs and the mid-40s"),
    ("dollars", "dollars in the high 50s"),
    ("cents", "cents, into the 90s"),
    ("temperatures", "temperatures in the low 30s"),
    ("degrees", "degrees, in the 80s"),
    ("highs", "highs in the 70s"),
    ("lows", "lows in the 20s"),
    ("polls", "polls in the 40s"),
    ("ratings", "ratings in the high 30s"),
]
_PRICE_BEFORE = re.compile(rf"\b(?:{'|'.join(word for word, _ in PRICE_WORDS)})\b[^.;!?\n]*\Z", re.IGNORECASE)

# "the busiest day of the week", "any day of the week": a day of any week, not this week, nor a span of a day.
_DAY_OF_BEFORE = re.compile(r"\b(?:days?|nights?)\s+of\s+\Z", re.IGNORECASE)
_OF_THE_WEEK = re.compile(r"\s+of\s+the\s+week\b", re.IGNORECASE)

# "A day in the life of a nurse": a portrait of an ordinary day, an idiom with no span of its own.
_IN_THE_LIFE = re.compile(r"\s+in\s+the\s+life\b", re.IGNORECASE)

# "one-day internationals", "the one-day squad": a format of cricket (and of other sports' cups), named for
# its length but no span of any event; "a one-day strike", "the one-day summit" stay spans.
_ONE_DAY_FORMAT = re.compile(
    r"\s+(?:internationals?|series|squads?|sides?|teams?|cricket|formats?|tri-series|tournaments?|cups?|"
    r"matches|games|captains?|caps?|specialists?|rankings?)\b",
    re.IGNORECASE,
)

# Shapes dropped, with an example of each.
SHAPES = [
    ("relunit half + of a group", "He added that half of the 20 people had dropped out."),
    ("that + half + a count", "He said that half the staff left."),
    ("a two-digit decade of a price", "Its share price climbed into the mid-30's."),
    ("the week after a day of", "Saturday is the busiest day of the week."),
    ("a day of the week", "Saturday is the busiest day of the week."),
    ("a day in the life", "A day in the life of the world's busiest airport"),
    ("one-day, a cricket format", "She has played 40 one-day internationals."),
]


def not_a_time(rule: str, groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a match is a fraction, a price or a generic week (see SHAPES), not a time."""
    if rule == "relunit" and (groups.get("unit") or "").lower() == "half":
        rel = " ".join((groups.get("rel") or "").lower().split())
        if _HALF_OF_GROUP.match(text, end):
            return True
        return rel == "that" and _THAT_HALF_COUNTS.match(text, end) is not None
    if rule == "decade" and len(groups.get("dec") or "") == 2:
        # the scanner puts "the '30s" (apostrophe in front: always years) in another group
        return _PRICE_BEFORE.search(text_before(text, start, 80)) is not None
    if rule == "theunit" and text[start:end].lower() == "the week":
        return _DAY_OF_BEFORE.search(text_before(text, start, 12)) is not None
    if rule == "bare" and (groups.get("unit") or "").lower() in ("day", "night"):
        return _OF_THE_WEEK.match(text, end) is not None
    if (
        rule == "duration"
        and (groups.get("n") or "").lower() in ("a", "one")
        and _IN_THE_LIFE.match(text, end)
    ):
        return (groups.get("unit") or "").lower() == "day"
    if text[start:end].lower().endswith("one-day") and _ONE_DAY_FORMAT.match(text, end):
        return True
    return False
