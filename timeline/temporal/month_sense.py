"""Tell a month name from the same word in another sense: "March" and "May" are also a verb and a modal
("troops march", "it may rain"), short forms are also words ("Jan", "Mar"), and a month may open a
sentence as its subject ("March was cold")."""

from __future__ import annotations

import re

from timeline.temporal.delivery import delivery_month
from timeline.temporal.fragments import MONTH
from timeline.temporal.wordsense import NOUN_AFTER as _NOUN_AFTER
from timeline.temporal.wordsense import keep_short_month, span_end_before
from timeline.temporal.wordsense import text_before as _before

# "March" and "May" are also a verb and a modal: bare, they need a preposition before them.
_MONTH_BEFORE = re.compile(
    r"\b(?:in|of|since|by|until|till|from|through|during|before|after|early|late|mid|last|next|this|that|each"
    r"|every|between|and|or|to|for|on|since|around|about|throughout|as|the|until|end|beginning|start|middle"
    r"|late-|early-|mid-)\s*$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|could|should|can|did|they|we|you|i|not|and then)\s*$", re.IGNORECASE
)

# "May was a bad month": a month that opens a sentence as the subject of a verb.
_MONTH_SUBJECT_AFTER = re.compile(
    r"\s+(?:was|is|has|had|saw|brought|marked|proved|began|ended|will\s+be)\b"
)


def keep_month(groups: dict[str, str], text: str, start: int, matched: str) -> bool:
    """Say whether a month match is the month: "in March", "March 3", not "to march" or modal "may"."""
    month = groups["mon"]
    bare = not (groups.get("y") or groups.get("mod") or groups.get("rel") or groups.get("ryear"))
    if not month[0].isupper():
        return lower_case_month(month, bare, text, start)
    if month.lower() == "may" and _VERB_AFTER_MAY.match(text, start + len(matched)):
        return False  # "Peanuts Early May Avoid Allergy" (a headline), "those who sign up late May lose it"
    if not bare:
        return not (
            month.lower() == "may" and not groups.get("y") and groups.get("rel", "").lower() == "that"
        )
    before = _before(text, start)
    if "." in month or (len(month) <= 4 and month.lower() not in ("may", "june", "july")):
        # "785 dlrs for May, 753 dlrs for Aug": a month in a sentence of deliveries (delivery.py)
        return keep_short_month(month, text, start, start + len(matched)) or delivery_month(
            text, start, start + len(matched)
        )
    if re.search(r"(?:^|[.!?]\s+|\n)\s*[\"“']?$", before) and _MONTH_SUBJECT_AFTER.match(
        text, start + len(matched)
    ):
        return True  # "March was cold.", '"March has been a success," he said.'
    if month.lower() in ("may", "march"):
        after = start + len(matched)
        if _MONTH_SPAN_AFTER.match(text, after):
            return True  # "March-June 2020": the first month of a span
        if span_end_before(before):
            return True  # "the year to March", "postponed to May", "March-May": a span's end, not the verb
        if _LIST_BEFORE.search(before) and _LIST_AFTER.match(text, after):
            return True  # "in April, May or June": a month among months ("In April, May said" stays a name)
        if _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(text, after):
            return True  # "a March election", "its May outlook": the month before its noun
        return bool(_MONTH_BEFORE.search(before)) and not _VERB_BEFORE.search(before)
    return True


# "a March general election", "its May economic outlook": a determiner, the month, a lower-case noun.
_DETERMINER_BEFORE = re.compile(r"(?-i:\b(?:a|an|its|their|his|her|our|every|each|next|last)\s+)$")


# "March-June 2020", "May–July", "March/April sold at": a dash or a slash and a second month after "March" or
# "May" make it a month.
_MONTH_SPAN_AFTER = re.compile(rf"\s*[-–/]\s*{MONTH}(?![\w])", re.IGNORECASE)
# A list of months around "March" or "May": a month and a comma before, "," "and" "or" and a month after.
_LIST_BEFORE = re.compile(rf"(?<![\w']){MONTH},\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(rf",?\s*(?:,|and\b|or\b|&)\s*{MONTH}(?![\w])", re.IGNORECASE)


# A verb in its base form after "May" makes it the modal, whatever its case or the word before ("early",
# "late", "by"): (verb, example). Not verbs whose past is the same word ("the Fed in May cut rates").
_BASE_VERBS = [
    ("be", "prices Early May Be the Peak"),
    ("have", "eggs early may have helped"),
    ("avoid", "Peanuts Early May Avoid Allergy"),
    ("help|hurt|harm", "Exercise Late May Help Memory"),
    ("need", "firms that file late may need a lawyer"),
    ("face|lose|miss", "Those who apply late may lose their place"),
    ("get|see|win|make|take", "Voters Who Register Early May Get a Bonus"),
    ("prevent|reduce|raise|lower|boost|protect|affect|cause|explain|trigger|fuel|spark|pose|delay|slow",
     "Treating Infections Early May Prevent Sepsis"),
    ("not|never", "the rains late may not come"),
]
_VERB_AFTER_MAY = re.compile(
    r"\s+(?:" + "|".join(verbs for verbs, _ in _BASE_VERBS) + r")\b", re.IGNORECASE
)

# "in july", "by september", "early october": a month name written in lower case, as a short message or a
# careless writer does, is still the month after a preposition or with a mod; "may", "march" and the short
# forms ("jan", "sept") are other words ("it may rain", "troops march", "the jun"), and so is "august" bare
# ("an august body"; "in august" is the month).
_LOWER_MONTHS = frozenset(
    ("january", "february", "april", "june", "july", "august", "september", "october", "november", "december")
)

_LOWER_MONTH_BEFORE = re.compile(
    r"\b(?:in|of|since|by|until|till|from|through|during|before|after|early|late|mid|last|next|this|each|every"
    r"|between|throughout|around|late-|early-|mid-)\s*$"
)


def lower_case_month(month: str, bare: bool, text: str, start: int) -> bool:
    """Say whether a month name written in lower case ("in july") is the month."""
    if month not in _LOWER_MONTHS:
        return False
    if not bare:
        return True
    return _LOWER_MONTH_BEFORE.search(_before(text, start)) is not None
