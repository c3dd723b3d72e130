"""Tell a half or quarter of a game, a season or a show from a half or quarter of the calendar."""

from __future__ import annotations

import re

# A half or quarter of a game, a season or a show is not a half of the calendar: "the second half of the
# season", "the first half of the match", "the fourth quarter of the game".
# "the third quarter of the Storm's 88-94 defeat": a score before the result names a game too.
_GAME_OF = re.compile(
    r"\s+of\s+(?:the\s+(?=\w+['’]s\s))?(?:the|this|that|a|an|its|their|his|her|our|last|next|\w+['’]s)\s+"
    r"(?:(?:[\w-]+\s+)?"
    r"(?:season|match|game|contest|race|tournament|championship|league|campaign|fight|bout|series|tie"
    r"|final|semi-?final|innings|concert|show|film|movie|book|novel|play|speech|programme|tour)s?"
    r"|\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:loss|win|victory|defeat|rout|upset))\b",
    re.IGNORECASE,
)
# A bare "the first half" among words of a match and none of money or output is a half of the match:
# "a goal early in the second half", "the lead midway through the first half".
_MATCH_WORDS = re.compile(
    r"\b(?:goals?|scor(?:e|es|ed|ing)|equali[sz]ed|striker|midfielder|goalkeeper|defender|penalty|whistle"
    r"|half-time|halftime|kick-?off|minutes?\s+(?:into|from\s+time)|match|coach|shot|header|tries|try|wicket"
    r"|innings|points?|rebounds?|lead|squad)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:percent|per\s+cent|profits?|sales|output|revenues?|earnings|growth|economy|economic|production"
    r"|billion|million|dollars?|euros?|yuan|exports?|imports?|prices?|inflation|fiscal|budget|GDP|year"
    r"|shares|stocks?|markets?|results|analysts?|shipments|quarterly)\b|%",
    re.IGNORECASE,
)


# A game played in quarters (basketball, American football): "trailed in the third quarter".
_QUARTER_GAME_WORDS = re.compile(
    r"\b(?:trail(?:s|ed|ing)|led\s+by\s+\d+|baskets?|touchdowns?|field\s+goals?|three-pointers?|free\s+throws?"
    r"|quarterback|buzzer|halftime|half-time|overtime|timeouts?|minutes\s+(?:left|remaining)|\d{1,3}-\d{1,3})\b",
    re.IGNORECASE,
)
_GAME_ORDS = {"half": ("first", "second"), "quarter": ("first", "second", "third", "fourth", "final")}


def _match_half(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a bare "the first half" or "the third quarter" is part of a match, by the words near it."""
    unit = groups["unit"].lower()
    if unit not in _GAME_ORDS or groups.get("y") or groups.get("ryear") or groups.get("rel"):
        return False
    det = (groups.get("det") or "").lower()  # "a strong fourth quarter", "a dour first half" have none
    bare_ok = det == ""
    if not (det == "the" or bare_ok) or groups["ord"].lower() not in _GAME_ORDS[unit]:
        return False
    if "fiscal" in text[start:end].lower() or "calendar" in text[start:end].lower():
        return False
    window = text[max(0, start - 200) : end + 200]
    # a game played in quarters has halves too: "trailed by 10 in the first half", "led 45-40 at halftime"
    game = _MATCH_WORDS.search(window) or _QUARTER_GAME_WORDS.search(window)
    return bool(game) and not _MONEY_WORDS.search(window)


def part_of_game(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a "quarter" match ("the second half", "the third quarter") is part of a game or a show."""
    if not groups.get("y") and not groups.get("ryear") and _GAME_OF.match(text, end):
        return True  # "the second half of the season": a half of the game, untagged
    # "a goal early in the second half", "trailed in the third quarter": part of a match
    return _match_half(groups, text, start, end)
