"""Tell a date that modifies the noun after it, which a title drops alone, keeping the noun's "the".

"since (the 9 May) bridge collapse" -> "since the bridge collapse", "in the (1961) and (1968) accords" ->
"in the accords": timeline.dateless asks `modifies_noun` of each date it cuts out of a clause.
"""

from __future__ import annotations

import re

from timeline.verbs import is_verb_word

_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+\Z", re.I)
# A date that starts on "the": a number or a name ("the 9 May", "the 1990"), or a part of the day alone
# before its noun ("(the morning) session"; not "the year", "the morning of May 2").
_NUMBERED = re.compile(r"(?i:the)\s+(?:\d|[A-Z])")
THE_START = re.compile(r"(?i:the)\s+(?:\d|[A-Z]|(?:morning|afternoon|evening|night|overnight|weekend)\Z)")
# Words after a part of the day that are no noun it modifies: "during (the evening) because of".
_NO_NOUNS = {
    "because", "while", "although", "though", "if", "unless", "where", "whereas", "so", "then", "there",
    "here", "too", "again", "also", "alone", "instead", "yet", "still", "once", "both", "each", "all",
    "ahead", "hours", "onwards", "itself", "whether", "despite", "amid", "following", "including", "without",
}  # fmt: skip
# A determiner and a first date joined to a second: "in the 1961 and (1968) accords".
_FIRST_OF_TWO = re.compile(r"\b(?i:the|its|their|his|her|our)\s+[\w.-]+\s+(?:and|or|to)\s+\Z")
_SECOND_DATE = re.compile(r"\s+(?:and|or|to)\s+[\w.-]+\s+(?P<w>[a-z]{3,})\b")
# A preposition before a date, and the word after the noun the date stands before: "in (the morning) rain
# fell" (a verb: the noun is a subject), "in (the morning) session of" (none).
_PREPOSITION_END = re.compile(r"\b(?i:in|on|at|during|by|over|through|after|before|until|since)\s+\Z")
_VERB_NEXT = re.compile(r"\s+[a-z]+\s+(?P<w>[a-z]+)\b")
# An -ing word after a part of the day and before a determiner is a verb with its object, no noun the date
# modifies: "spent (the weekend) repairing the roof" (not "the morning briefing").
_ING_OBJECT = re.compile(r"\s+[a-z]+ing\s+(?:the|a|an|his|her|its|their|our|this|that)\s", re.I)


def modifies_noun(
    text: str, date: tuple[int, int], after: str | None, before: str, *, function_words: set[str]
) -> bool:
    """Tell whether a date modifies the noun after it when "the" opens the date itself or two dates share
    it: "since (the 9 May) bridge collapse", "in the (1961) and (1968) accords": the noun and its "the"
    stay, only the dates go. `function_words` are the words no noun is (timeline.dateless's)."""
    if not after:
        return False
    if after in ("and", "or", "to"):  # the first of two: "in the (1961) and 1968 accords"
        second = _SECOND_DATE.match(text, date[1])
        noun = second is not None and second["w"] not in function_words and not is_verb_word(second["w"])
        noun = noun and text[date[0]].isdigit()
        return noun and _DETERMINER_END.search(before) is not None
    numbered = text[date[0]].isdigit() or THE_START.match(text, date[0], date[1]) is not None
    if not numbered or not after.islower() or after in function_words or is_verb_word(after):
        return False  # "in (the 1990s) was", "(the year) came": a verb after the date, which is no modifier
    part_of_day = text[date[0]] in "Tt" and not _NUMBERED.match(text, date[0], date[1])
    if part_of_day and (after in _NO_NOUNS or after.endswith("ly") or _ING_OBJECT.match(text, date[1])):
        return False  # "during (the afternoon) because", "(the evening) mostly", "(the weekend) repairing a"
    verb = _VERB_NEXT.match(text, date[1]) if part_of_day and _PREPOSITION_END.search(before) else None
    if verb and is_verb_word(verb["w"]):
        return False  # "In (the morning) rain fell": a front phrase and the subject after it
    return THE_START.match(text, date[0], date[1]) is not None or _FIRST_OF_TWO.search(
        text, max(0, date[0] - 40), date[0]
    ) is not None
