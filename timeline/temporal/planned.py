"""Read the date of a planned act: one asked for ("asked members to strike in January") or fixed for a day
("called a strike for Monday"), and the participles of consequence whose act follows the main one
(", setting up a ruling by the end of June"). Each lies ahead of the asking, calling or main act, whatever
that verb's tense.

The tense reader (`tense.py`) asks these before it reads the nearest verb's tense.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Verbs that ask someone to act: "asked members to strike in January", "urged voters to turn out on
# Sunday", "called on the board to meet in March". The act asked for comes after the asking, so a date in
# its infinitive lies ahead; a past infinitive ("asked to have met") is no act asked for (_BARE_VERB_AFTER).
_URGERS = frozenset(
    """ask asks asked asking urge urges urged urging order orders ordered encourage encourages encouraged
    invite invites invited instruct instructs instructed request requests requested persuade persuaded
    press presses pressed pressing""".split()
)
_CALL_ON = frozenset("call calls called calling".split())  # "called on X to": "on" follows the verb
# Words from "to" to the date, "to" included: "to strike in" (3). With an object between ("asked the
# president to dissolve parliament on Monday") the date may as well place the asking, news style's usual
# order; only an act with nothing between it and its date is read ahead.
_ACT_WORDS = 3
# Adverbs of the act, not counted: "asked them to meet again in March", "urged them to vote early on Monday".
_ACT_ADVERBS = frozenset("again together back soon also".split())


def _asked_to(lowered: list[str], index: int, is_mark: Callable[[str], bool]) -> bool:
    """Say whether a verb of asking and at most three words of its object come before the "to" at `index`."""
    for back in range(1, 5):
        at = index - back
        if at < 0:
            return False
        word = lowered[at]
        if word in _URGERS or (word == "on" and at >= 1 and lowered[at - 1] in _CALL_ON and back > 1):
            return True
        if is_mark(word):
            return False  # "asked whether prices were to fall": a verb of its own stands between
    return False


def act_asked(lowered: list[str], index: int, is_mark: Callable[[str], bool]) -> bool:
    """Say whether the "to" at `index` of the lower-case words before a date opens an act asked for.

    `is_mark` tells a word that marks a tense of its own: one between the verb of asking and "to" ends the
    search ("asked whether prices were to fall").
    """
    words = sum(1 for word in lowered[index:] if word not in _ACT_ADVERBS and not word.endswith("ly"))
    return words <= _ACT_WORDS and _asked_to(lowered, index, is_mark)


# A noun of a planned act, "for" and the date: "called a strike for Monday", "a vote for Thursday", "the
# hearing set for Dec. 9". The date is the act's appointed day, which lies ahead of the calling, whatever the
# tense of the verb that called it.
_PLANNED_FOR = re.compile(
    r"\b(?:strike|walkout|stoppage|vote|ballot|hearing|meeting|election|referendum|rally|protest|march"
    r"|demonstration|talks|summit|session|trial|sentencing|ceremony|debate|launch|auction|inauguration"
    r"|wedding|funeral|match|game)s?\s+(?:(?:called|set|scheduled|planned|slated|fixed)\s+)?for\s+\Z",
    re.IGNORECASE,
)


# The act's own past verb after the date, not one of fixing or putting off: "was held", "went ahead".
_HELD_AFTER = re.compile(
    r"\s+(?:(?:was|were)\s+(?!(?:set|scheduled|called|planned|expected|slated|fixed|due|postponed|delayed"
    r"|cancell?ed|called\s+off|put\s+off)\b)[a-z]+(?:ed|en|eld)\b|went\b|took\s+place\b)"
)


def planned_for(text: str, start: int, end: int) -> bool:
    """Say whether the span is the day a noun of a planned act is fixed "for" ("a strike for Monday")."""
    if text[max(0, start - 4) : start].lower() != "for ":
        return False  # the cheap test first
    if text.startswith(("'s", "’s"), end):
        return False  # "a rally for Monday's victims": the day names something else
    if _HELD_AFTER.match(text, end):
        return False  # "the hearing for March was held in secret": the act's own verb tells it took place
    return _PLANNED_FOR.search(text, max(0, start - 40), start) is not None


# A noun of a scheduled thing, a few words naming it, and a participle of its start just before a weekday,
# with or without "on": "to prepare for the third Test against New Zealand starting on Friday", "a tour
# beginning Monday".
# The thing's first day lies ahead of the preparing or announcing, whatever that verb's tense. (noun, example)
SCHEDULED_NOUNS: list[tuple[str, str]] = [
    (r"tests?", "the third Test against New Zealand starting on Friday"),
    (r"series", "the one-day series starting on Sunday"),
    (r"tours?", "a tour of India beginning on Monday"),
    (r"tournaments?|championships?|open|cup", "the tournament opening on Tuesday"),
    (r"matche?s?|games?|rounds?|finals?", "the final round starting on Saturday"),
    (r"conferences?|summits?|talks|meetings?|sessions?|hearings?|trials?", "peace talks beginning on Monday"),
    (r"festivals?|carnivals?|fairs?|shows?|exhibitions?|sales?", "the festival opening on Thursday"),
    (r"strikes?|walkouts?|campaigns?|operations?|exercises?", "a two-day strike starting on Wednesday"),
]
_STARTING_ON = re.compile(
    r"\b(?:" + "|".join(noun for noun, _example in SCHEDULED_NOUNS) + r")\b"
    r"(?:\s+[A-Za-z'-]+){0,4}?\s+(?:starting|beginning|opening|commencing|kicking\s+off)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# The thing's own past verb after the day: "the Test starting on Friday ended in a draw" is over.
_OWN_PAST_AFTER = re.compile(r"\s+(?:was|were|had|went|took|ended|finished|[a-z]+ed)\b")


def starting_on(text: str, start: int, end: int) -> bool:
    """Say whether the weekday span is the first day of a scheduled thing ("a Test starting on Friday")."""
    before = text[max(0, start - 3) : start].lower()
    if not before.endswith(("on ", "ng ", "ff ")) or not _WEEKDAY.match(text, start):
        return False  # the cheap tests first: "starting on Friday", "beginning Friday", "kicking off Friday"
    if _OWN_PAST_AFTER.match(text, end):
        return False
    return _STARTING_ON.search(text, max(0, start - 90), start) is not None


# "ahead of" or "before" a noun of a planned act fixed on the day: "trained ahead of Sunday's final", "met
# before a vote on Sunday". Written before the act, the day lies ahead whatever the main verb's tense.
_EVENTS = (
    r"(?:strike|walkout|vote|ballot|poll|runoff|hearing|meeting|election|referendum|rally|protest|march|talks"
    r"|summit|session|trial|ceremony|debate|launch|match|game|final|race|derby|clash|tie|fixture)s?"
)
_AHEAD_OF_ON = re.compile(
    r"\b(?:ahead\s+of|before)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
    + _EVENTS + r"\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
_AHEAD_OF_DAYS = re.compile(r"\b(?:ahead\s+of|before)\s+\Z", re.IGNORECASE)
_DAYS_EVENT = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}?" + _EVENTS + r"\b", re.IGNORECASE)


def ahead_of_event(text: str, start: int, end: int) -> bool:
    """Say whether the weekday span is the day of a planned act looked ahead to ("ahead of Sunday's vote")."""
    if not _WEEKDAY.match(text, start) or _OWN_PAST_AFTER.match(text, end):
        return False
    left = text[max(0, start - 60) : start]
    if "ahead" not in left and "before" not in left:
        return False  # the cheap test first
    if _AHEAD_OF_DAYS.search(left):
        return _DAYS_EVENT.match(text, end) is not None
    return _AHEAD_OF_ON.search(left) is not None


# A participle of consequence after the main clause tells what its act leads to, which lies ahead of the
# act: "agreed Monday to hear the case, setting up a ruling by the end of June" (written in November: next
# June). (phrase, example)
CONSEQUENCES: list[tuple[str, str]] = [
    (r"setting\s+up", "took the first leg Tuesday, setting up a final in March"),
    (r"setting\s+the\s+stage\s+for", "passed the bill, setting the stage for a vote in May"),
    (r"paving\s+the\s+way\s+(?:for|to)", "approved the merger, paving the way for a listing in April"),
    (r"clearing\s+the\s+way\s+(?:for|to)", "dropped the appeal, clearing the way for a trial in June"),
    (r"opening\s+the\s+(?:way|door)\s+(?:for|to)", "lifted the ban, opening the way for talks in July"),
    (r"laying\s+the\s+groundwork\s+for", "signed the deal, laying the groundwork for a launch in May"),
    (r"teeing\s+up", "won the semifinal, teeing up a final on Sunday"),
]
CONSEQUENCE = r",\s+(?:" + "|".join(phrase for phrase, _example in CONSEQUENCES) + r")\s"
# The participle each phrase opens on ("setting", "paving"): a window with none of them holds no phrase.
CONSEQUENCE_WORDS = tuple(sorted({phrase.split("\\")[0] for phrase, _example in CONSEQUENCES}))


# "with" and a thing, then a participle of expectation right before the day: "dumped 8 inches Tuesday, with
# another 5 inches forecast for Friday", "with a verdict expected Monday". The thing is still to come,
# whatever the main verb's tense; "with rain that was forecast for Friday" has its own verb. (word, example)
EXPECTED_WITH: list[tuple[str, str]] = [
    (r"forecast(?:ed)?|predicted|projected", "with another 5 inches forecast for Friday"),
    (r"expected|anticipated|due", "with a verdict expected on Monday"),
    (r"scheduled|planned|slated", "with the vote scheduled for Thursday"),
]
_EXPECTED_WITH = re.compile(
    r"\bwith\s+(?:(?!(?:was|were|had|is|are|has|have|been)\b)[\w'.%$-]+\s+){1,6}?"
    r"(?:" + "|".join(word for word, _example in EXPECTED_WITH) + r")\s+(?:(?:for|on|by)\s+)?\Z",
    re.IGNORECASE,
)


def expected_with(text: str, start: int) -> bool:
    """Say whether a "with" clause of expectation governs the span ("with more rain forecast for Friday")."""
    left = text[max(0, start - 80) : start]
    if "with" not in left:
        return False  # the cheap test first
    return _EXPECTED_WITH.search(left) is not None


# A past verb of the act's own outcome before "the <date> <act>": "won the March 28 election", "lost the
# May 3 final". The act is over, so its day lies behind the writer, however near the coming one is.
# (verb, example)
OUTCOME_VERBS: list[tuple[str, str]] = [
    (r"won|lost|drew|swept", "the Greens won the March 28 election"),
    (r"held|staged|hosted|played|contested", "the town hosted the May 3 final"),
    (r"boycotted|rigged|annulled", "the opposition boycotted the June 9 vote"),
]
_OUTCOME_BEFORE = re.compile(
    r"\b(?:" + "|".join(verb for verb, _example in OUTCOME_VERBS) + r")\s+(?:the|their|its|his|her)\s+\Z",
    re.IGNORECASE,
)
_ACT_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+" + _EVENTS + r"\b", re.IGNORECASE)


def outcome_told(text: str, start: int, end: int) -> bool:
    """Say whether the date names an act whose outcome a past verb tells ("won the March 28 election")."""
    return (
        _OUTCOME_BEFORE.search(text, max(0, start - 30), start) is not None
        and _ACT_AFTER.match(text, end) is not None
    )
