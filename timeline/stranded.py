"""Drop the word a date phrase leaves stranded when it goes: "some (14 months ago)", "sometime (in 2012)".

timeline.dateless cuts a date out of its clause with the preposition that governs it; an adverb that only
graded or placed the date stays behind and reads as a cut ("were hurt by the halving of fees some", "didn't
rule out selling the unit sometime", "predicted back that the bank would ..."). Each word with an example,
and what must hold for it to go.
"""

from __future__ import annotations

import re

from timeline.cut_words import in_phrase
from timeline.verbs import NO_PASSIVE, has_verb, is_past_form

# Adverbs of a date that go with it, each with an example: always, or only before a count.
_ALWAYS = {
    "sometime": "selling the unit sometime (in 2012)",
    "nearly": "opened nearly (two years ago)",
    "almost": "closed almost (a decade ago)",
    "only": "was founded only (in 1990)",
    "even": "had begun even (last year)",
}
_BEFORE_COUNT = {"some": "the halving of fees some (14 months ago)"}
_COUNT = re.compile(
    r"(?:\d|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|fifteen"
    r"|twenty|thirty|forty|fifty)\b)"
)
# "back" before a date and the clause it introduced: "predicted back (in 2008) that"; not "came back (in
# May)", the verb's particle, nor "dates back (to the 1960s), to an agreement".
_BACK = "back"
_CLAUSE_AFTER = re.compile(r"\s*(?:that|when)\b")
# "late"/"early" that graded the day: "arrested two men late (on March 3)"; not the adjective of "was late
# (on Monday)", "ran too late (in May)".
_GRADING = {"late": "arrested two men late (on March 3)", "early": "left early (on Tuesday)"}
_ADJECTIVE_BEFORE = {"was", "were", "is", "are", "be", "been", "being", "ran", "run", "runs", "too", "so"}
_WORDS = {*_ALWAYS, *_BEFORE_COUNT, _BACK, *_GRADING}


def without_stranded(before: str, date: str, after: str) -> str:
    """Return `before`, the words of a clause up to a date phrase `date` going out (and what follows it,
    `after`), without the adverb at its end that belonged to the date."""
    kept = before.rstrip()
    at = kept.rfind(" ") + 1
    word = kept[at:].lower()
    if word not in _WORDS:
        # most dates follow a preposition or a verb: one set lookup, then the participle's few checks
        return kept[:at].rstrip() + " " if _participle_on_noun(kept, at, word, after) else before
    if word in _ALWAYS:
        pass
    elif word in _BEFORE_COUNT:
        if not _COUNT.match(date):
            return before  # "some (of the time)": a determiner of its own noun
    elif word in _GRADING:
        previous = kept[:at].split()[-1:]
        if previous and previous[0].lower() in _ADJECTIVE_BEFORE:
            return before
    elif word == _BACK:
        if not _CLAUSE_AFTER.match(after):
            return before
    else:
        return before
    return kept[:at].rstrip() + " "


# Participles that are no noun's: the forms of "be", "have", "do", and "said" ("the man from Oslo said").
_NOT_ON_NOUN = {"was", "were", "had", "did", "said"}
# What opens a statement, whose subject's verb a participle may be: "said (that) the plane from Oslo landed".
_STATEMENT = re.compile(r"\b(?:that|said|says|told|stated|added|noted|reported|announced|confirmed|claimed"
                        r"|showed|shows|believed|thought|knew)\b", re.I)


def _participle_on_noun(kept: str, at: int, word: str, after: str) -> bool:
    """Tell whether the last word before a date that ends the clause is a participle on the noun phrase of a
    preposition, whose only phrase was the date: "eclipsing the old record of 13 meters set (in 1897)",
    "golds from the regional games slated (for December)"; not a verb of its own ("the man from the village
    died (in May)", "said the plane from Oslo landed (on Monday)")."""
    if after.strip(" .,;:!?\"”'’)") or word in _NOT_ON_NOUN or word in NO_PASSIVE or not is_past_form(word):
        return False  # the clause goes on after the date, or the word takes no passive
    return in_phrase(kept[:at].split()) and _STATEMENT.search(kept) is None  # nor "figures ... showed"


# A concession without a verb after a comma, which qualified the date that went: "to vote before (July),
# although not (immediately)", "by (May), though not later".
_CONCESSION = re.compile(r",\s+(?:although|though|but|if)\s+not\b(?P<rest>[^,;]*)\Z")


def without_concession(title: str) -> str:
    """Return `title` without a verbless concession at its end that qualified a date cut out of it; not
    "contained, but not extinguished", whose tail has its verb."""
    if " not" not in title[-60:]:
        return title
    found = _CONCESSION.search(title, max(0, len(title) - 60))
    if found is None or has_verb(found["rest"]):
        return title
    return title[: found.start()]
