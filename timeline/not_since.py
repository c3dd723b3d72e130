"""Title a negated state that runs from a date as the last time it held: the date is when it last did.

"The two ministers have not spoken since May 2019" is no talk in May 2019 read as "The two ministers
have not spoken": they last spoke then. "The singer has not given interviews since March" -> "The singer
last gave interviews"; "The envoy has not been seen since May" -> "The envoy was last seen". A verb of a
state keeps its negation ("The island has not had a bank since 1991": "last had" reads as a state still).
No parser: the "since" before the date and the negated perfect in the title, each with an example.
"""

from __future__ import annotations

import re

from timeline.participles import participle
from timeline.verbs import IRREGULAR_PAST, be_for

# "since" before the date, with a word that places the time: "since early 2004", "since mid-1999".
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|about|around)\s+)?\Z", re.I)
# A negated perfect: "have not met", "has never been seen", "hadn't used".
_NOT_PERFECT = re.compile(
    r"\s(?P<aux>has|have|had)(?:\s+(?:not|never)|n['’]t)\s+(?:(?P<been>been)\s+)?(?P<verb>[a-z][a-z'’-]+)\b"
)
# A telling before the reported clause that holds the negated perfect: "Rights groups say (that) the
# treatment of prisoners has not improved"; the last time is the clause's, not the teller's.
_TELLING = re.compile(
    r"[^,;:\"“]{1,80}?\s(?:said|says|say|told\s+[\w'’-]+|complained|complain|complains|noted|reported"
    r"|warned|stated|added|found|insisted|argued)(?:\s+that)?\s+(?=[\w'’-]+\s)"
)
# A pronoun that opens the reported clause: who it is lies in the teller, who stays.
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you|this|there)\b", re.I)
# Verbs of a state, which "last" does not make a happening: "has not had a government (since 1991)".
_STATES = {"had", "been", "owned", "known", "lived", "remained", "stayed", "existed", "belonged", "held"}
# Participles whose past form differs: "has not spoken" -> "last spoke".
_PAST_OF_PARTICIPLE = {
    "been": "was", "seen": "saw", "spoken": "spoke", "taken": "took", "given": "gave", "gone": "went",
    "done": "did", "written": "wrote", "shown": "showed", "known": "knew", "begun": "began", "flown": "flew",
    "driven": "drove", "eaten": "ate", "fallen": "fell", "grown": "grew", "risen": "rose", "chosen": "chose",
    "broken": "broke", "drawn": "drew", "thrown": "threw", "won": "won", "come": "came", "run": "ran",
}  # fmt: skip


def last_time(title: str, text: str, own: tuple[int, int]) -> str:
    """Return the title of "X has not happened since <date>" as "X last happened" ("X was last seen" for a
    passive or a state with "been"); else the title."""
    lo = max(0, own[0] - 20)  # "since early": the pattern's words are at most 20 characters
    if text.find("ince", lo, own[0]) < 0 or not _SINCE.search(text, lo, own[0]):
        return title
    negated = _NOT_PERFECT.search(title)
    if negated is None:
        return title
    frame = _TELLING.match(title, 0, negated.start())
    if frame and not _PRONOUN.match(title, frame.end()):  # the reported clause's subject, not the teller's
        title = title[frame.end() :]
        negated = _NOT_PERFECT.search(title)
    verb = negated["verb"]
    if verb in _STATES or negated["been"] and not participle(verb):
        return title  # "has not had a government", "has not been in Luanda": a state still, no happening
    if negated["been"]:  # "has not been seen" -> "was last seen"
        be = be_for(title[: negated.start()].strip())
        return f"{title[: negated.start()]} {be} last {verb}{title[negated.end() :]}"
    past = _PAST_OF_PARTICIPLE.get(verb) or (verb if verb.endswith("ed") or verb in IRREGULAR_PAST else None)
    if past is None:
        return title  # a form the lists do not tell: the negation stays
    return f"{title[: negated.start()]} last {past}{title[negated.end() :]}"


_LAST = re.compile(r"\blast\b", re.I)


def reads_last(title: str, clause: str) -> bool:
    """Tell whether `last_time` made the title tell the last time ("The two leaders last met"): its date is
    then that time, no longer the start of what has not happened since."""
    return _LAST.search(title) is not None and _LAST.search(clause) is None
