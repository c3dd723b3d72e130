"""Tell a date that ends an "after", "before" or "prior to" clause with a verb of its own, which a title of
the clause before it does not tell.

"The boat appears to have won the race after its nearest rival, the Blue Star, failed to finish in the early
hours" (the rival failed then; when the win was is not said), "The audit questions the accounts of the firm
prior to it being placed into administration on March 15" (the firm was placed then, the audit questions
now). attachment.retitle titles such a clause on its own date when it can ("Qantas cut fares after the union
called a strike on Monday" gives "The union called a strike"); when it cannot (a pronoun subject, a comma in
the clause, a gerund), the title is the main clause's, and the date is not its date. `untold_later_clause`
asks that of a finished title. Not a date before the clause's verb ("will meet again today after talks
last night failed": attachment titles "Talks failed"), nor a verbless phrase ("rose after the vote on
Monday": phrase_dates.py asks those).
"""

from __future__ import annotations

import re

from timeline import pronoun_later
from timeline.models import TimeExpression
from timeline.spans import holds
from timeline.verbs import be_for, first_verb, has_verb, is_past_form

# The words that open a clause whose verb happened at another time than the clause before it, each with an
# example: "won the race after its rival failed to finish on Tuesday", "resigned before he was charged in
# May", "questions the accounts prior to it being placed into administration on March 15". Not "since" (a
# baseline, phrase_dates.py) nor "until" (the end of the first clause's span).
_OPENERS = re.compile(r"\b(?:after|before|prior\s+to)\s+", re.I)
# A measure before the opener ties the first clause to the later one's time: "Two hours after the plane took
# off on Monday, it crashed", "shortly before he was arrested on Friday".
_MEASURED = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|shortly|soon|just|moments?|immediately|right|only)\s+\Z",
    re.I,
)
_WINDOW = 120  # "after its nearest rival, the Blue Star, failed to finish in (the early hours)"
# What ends a clause: a date past one of these is no longer in the "after" clause.
_BREAK = re.compile(
    r"[;:—–(\[]|\s-\s|--|\b(?:and|but|while|when|as)\s+(?:then\s+)?(?:it|he|she|they|we)\b"
    r"|\bthat\s"  # "told reporters after the hearing that ... his ruling today was": what was told
    # "..., US television reported Wednesday": the report's date, after the clause
    r"|,\s+[^,]*\b(?:said|says|reported|reports|announced|told|added|stated|confirmed|according)\b"
)
# An opener inside a relative clause of the subject: "the climbers who were stranded after a storm (were
# rescued late Wednesday night)": the verb after the date's clause is the sentence's.
_IN_RELATIVE = re.compile(r"\b(?:who|which)\s+[^,]*\Z", re.I)  # "The officers who were suspended on Monday"
_LAST_WORDS = 2  # "after it annexed the valley (in March 1921)": a title that holds them tells the clause
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# The words of a title's opening that say nothing of which clause it tells.
_EMPTY = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "has",
          "have", "had", "was", "were", "is", "are", "will", "would", "been", "be", "mr", "mrs", "ms", "dr"}
_OPENING_WORDS = 3
_MAIN_WORDS = 2  # "Prices rose"


def _opener(text: str, sentence: tuple[int, int], timex: TimeExpression) -> re.Match[str] | None:
    start = max(sentence[0], timex.start - _WINDOW)
    # every opener holds one of these, casefolded ("prior" by its "pr": no fragment with an "i")
    if not holds(text, start, timex.start, ("after", "before", "pr")):
        return None
    openers = list(_OPENERS.finditer(text, start, timex.start))
    return openers[-1] if openers else None


def in_later_clause(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date ends an "after", "before" or "prior to" clause, after that clause's own verb, which
    follows a clause with a verb: "won the race after its rival failed to finish on Tuesday"."""
    opener = _opener(text, sentence, timex)
    if text.startswith(("'s", "’s"), timex.end):
        return False  # "after the report was read in this morning's hearing": the hearing's, which it is in
    if opener is None or _MEASURED.search(text, max(sentence[0], opener.start() - 20), opener.start()):
        return False
    inside = text[opener.end() : timex.start]
    if _BREAK.search(inside) or not has_verb(inside):
        return False  # "rose after the vote on Monday": a phrase; "after he arrived; on Monday he": a break
    rest = inside.rsplit(",", 1)[1].split() if "," in inside else []
    if rest and has_verb(rest[0]) and "," in text[sentence[0] : opener.start()]:
        return False  # "Protests over the bill, introduced after the party won support, continued Sunday";
        # not "won after its rival, the Blue Star, failed to finish on Tuesday", an aside in the clause
    if _IN_RELATIVE.search(text, sentence[0], opener.start()):
        return False
    main = text[sentence[0] : opener.start()].split()
    # "After he arrived on Monday, ...": no clause before; "The audit questions the accounts of the firm":
    # one has_verb cannot tell, which untold_later_clause asks of the title
    return len(main) >= _MAIN_WORDS and not main[-1].endswith(",")


def untold_later_clause(text: str, sentence: tuple[int, int], timex: TimeExpression, title: str) -> bool:
    """Tell whether a date ends an "after", "before" or "prior to" clause (`in_later_clause`) and the title
    opens on the clause before it: "The boat appears to have won the race" for "... after its rival failed to
    finish on Tuesday"; not "The union called a strike", which tells the later clause."""
    if not in_later_clause(text, sentence, timex):
        return False
    opener = _opener(text, sentence, timex)
    assert opener is not None
    main = {w.lower() for w in _WORD.findall(text[sentence[0] : opener.start()])}
    later = {w.lower() for w in _WORD.findall(text[opener.end() : timex.start])}
    told = {w.lower() for w in _WORD.findall(title)}
    last = [w for w in _WORD.findall(text[opener.end() : timex.start]) if len(w) > 3][-_LAST_WORDS:]
    if last and all(w.lower() in told for w in last):
        return False  # "Trade curbs were imposed on Norland after it annexed the valley": told
    head = _OPENERS.split(title, 1)[0]  # "He resigned | after he was charged": the title's main clause
    opening = [w.lower() for w in _WORD.findall(head) if w.lower() not in _EMPTY][:_OPENING_WORDS]
    return bool(opening) and all(w in main for w in opening) and any(w not in later for w in opening)


# A passive gerund with no subject of its own, whose subject is the clause's before it: "The girl was moved
# to a foster home after being found hiding in a shed (last Thanksgiving)" gives "The girl was found hiding in
# a shed"; "is serving a sentence after being convicted (in June 2019)" gives "X was convicted".
_PASSIVE_GERUND = re.compile(r"(?:being|having\s+been)\s+(?P<participle>[a-z][\w'’-]*)(?P<rest>.*)\Z", re.S)
_TRAILING = re.compile(r"(?:\s+(?:on|in|at|during|by|from|of|for|as|early|late))+\s*\Z", re.I)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "there"}
_MAX_SUBJECT = 8


def later_title(text: str, sentence: tuple[int, int], timex: TimeExpression, title: str) -> str | None:
    """Return the title of a passive gerund's clause that a date ends (`untold_later_clause`), on the subject
    of the title before it, or None: "The boy was found clinging to a raft". A pronoun subject's clause is
    titled on the main clause's subject (pronoun_later): "The striker elbowed a defender"."""
    opener = _opener(text, sentence, timex)
    if opener is None:
        return None
    found = _PASSIVE_GERUND.match(text[opener.end() : timex.start].strip())
    if found is None or not is_past_form(found["participle"]):
        return pronoun_later.resolved_title(text, sentence, timex)
    verb = first_verb(title)
    subject = title[: verb.start()].strip() if verb else ""
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT or words[0].lower() in _PRONOUNS or "," in subject:
        return None
    rest = _TRAILING.sub("", found["rest"]).rstrip(" ,")
    return f"{subject} {be_for(subject)} {found['participle']}{rest}"
