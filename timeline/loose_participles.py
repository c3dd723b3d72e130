"""Drop a participle left at the end of a title once the phrase after it went, a date or a cut.

"The result equalled England's worst defeat of 165 suffered (in 1994)", "The estimate is a cut from its
figure published (in March)", "The delegates began a meeting aimed (at easing quotas)": the participle
opened a reduced relative clause on the noun before it, and without its phrase it waits for more. Not a
verb of its own clause: "Police said the gunmen attacked", "after the bridge collapsed", "the day the
president resigned". No parser: word lists and the words between the main verb and the participle, each
with an example. title_ends.trim_end asks it of every title it trims.
"""

from __future__ import annotations

import re

from timeline.participles import participle as is_participle
from timeline.speech import words
from timeline.verbs import first_verb, has_verb

# fmt: off
# Words after which a last word that needs its object waits: "shares worth (885 million ringgit)".
_NEEDS_OBJECT = {"worth"}

# Participles not in -ed that open a clause on a noun: "the rate (set) in May" is a noun too, so not here.
_IRREGULAR = {
    "held", "made", "taken", "given", "shown", "seen", "sold", "built", "sent", "paid", "laid", "brought",
    "bought", "caught", "kept", "drawn", "written", "known", "done", "begun", "struck", "chosen", "grown",
    "thrown", "won", "spent", "lent",
}
_ENDINGS = ("ed", *_IRREGULAR, *_NEEDS_OBJECT)  # what the last word ends on, for one str.endswith
_LAST_TWO = frozenset(ending[-2:] for ending in _ENDINGS)  # and their last two letters, one set lookup first
# Words before the participle that make it a verb of the clause, not a clause on a noun: an auxiliary ("was
# issued"), a conjunction ("and issued"), a pronoun subject ("it issued"), a negation, a function word.
_NOT_A_NOUN = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "get", "got", "gets",
    "and", "or", "but", "nor", "not", "never", "it", "he", "she", "they", "we", "i", "you", "who", "which",
    "that", "to", "of", "for", "in", "on", "at", "by", "with", "from", "as", "than", "also", "then", "just",
    "already", "recently", "first", "once", "newly", "jointly", "a", "an", "the", "all", "both", "each",
    "last", "still", "now", "since", "again", "later", "earlier", "ever",
}
# Words between the main verb and the participle that open a clause of its own, whose verb the participle
# is: "capsized (as) the cable snapped", "(after) the bridge collapsed", "the rebels (who) attacked".
_CLAUSE_WORDS = {
    "as", "when", "after", "before", "while", "since", "until", "because", "once", "if", "though",
    "although", "whereas", "where", "that", "which", "who", "whom", "whose", "and", "or", "but", "unless",
}
# Determiners: two in one noun phrase with no preposition between open a clause ("took place the day (the)
# president resigned").
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
_PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "with", "from", "over", "by", "against", "about",
                 "into", "under", "between", "among", "across", "than", "since", "after", "before"}
# Verbs that end a clause and have no passive, so never a reduced relative: "the day the president
# (resigned)".
_INTRANSITIVE = {
    "died", "resigned", "ended", "occurred", "happened", "arrived", "collapsed", "erupted", "exploded",
    "retired", "emerged", "appeared", "disappeared", "existed", "landed", "crashed", "returned", "declined",
    "failed", "worked", "lived", "waited", "voted", "stayed", "remained", "capsized", "struggled",
}
# Past forms that are no participle: "(The nominee confirmed by such a margin) was", "(the ferry) sank".
_PAST_ONLY = {
    "was", "were", "had", "did", "went", "came", "saw", "took", "gave", "began", "ran", "ate", "wrote",
    "drove", "rose", "fell", "grew", "knew", "threw", "flew", "broke", "spoke", "chose", "froze", "stole",
    "sank", "swam", "rang", "sang", "drank", "shook", "forgot", "got",
}
# Participles that are nouns too, after the noun that modifies them: "an interest-rate (cut)", "a (bid)".
_NOUNS_TOO = {
    "cut", "set", "hit", "put", "bid", "cost", "spread", "split", "shed", "hurt", "forecast", "broadcast",
    "upset", "burst", "cast", "thrust", "output", "input", "outlay", "offset", "reset", "outset", "lead",
}
_NO_PARTICIPLE = _INTRANSITIVE | _PAST_ONLY | _NOUNS_TOO
# Verbs that take a clause with no "that": "Police (said) the gunmen attacked", "feared the boat capsized".
_TAKES_CLAUSE = frozenset(words("bare_statement")) | {
    "said", "says", "say", "believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears",
    "feared", "know", "knew", "knows", "hope", "hoped", "hopes", "expect", "expected", "claimed", "claims",
    "denied", "insisted", "suspected", "felt", "saw", "heard", "learned", "found", "showed", "reported",
}
# Counts before a last word, which is a currency then: "a profit of 18.2 billion won".
_COUNTS = (" million", " billion", " trillion", " thousand", " hundred")
# Verbs whose object a participle completes: "The club (had) the pitch relaid", "(got) the job done",
# "came back to (find) the fields flooded", "(left) the village destroyed".
_CAUSATIVE = {
    "has", "have", "had", "having", "get", "gets", "got", "getting", "find", "finds", "found", "finding",
    "leave", "leaves", "left", "leaving", "keep", "keeps", "kept", "keeping", "see", "sees", "saw", "seen",
    "want", "wants", "wanted", "make", "makes", "made", "declare", "declared", "declares", "consider",
    "considers", "considered", "need", "needs", "needed", "like", "likes", "liked", "prefer", "prefers",
}
# fmt: on
_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")


def without_loose_participle(title: str) -> str:
    """Return the title without the participle (or "worth") it ends on, when that opened a clause on the noun
    before it and its phrase went; else the title."""
    if title[-2:] not in _LAST_TWO or not title.endswith(_ENDINGS):
        return title  # one look at the end: most titles end on no participle
    last = title[title.rfind(" ") + 1 :]
    if not last.endswith("ed") and last not in _IRREGULAR and last not in _NEEDS_OBJECT:
        return title
    head = title[: -len(last) - 1]
    if not head or not last.islower():
        return title
    if last in _NEEDS_OBJECT:
        before = head.rsplit(None, 1)[-1]
        return head if before.lower() not in _NOT_A_NOUN and has_verb(head) else title
    if last == "won" and head.rsplit(None, 1)[-1][:1].isdigit() or head.endswith(_COUNTS):
        return title  # "a profit of 18.2 billion won": the currency
    if last in _NO_PARTICIPLE or last.startswith("un") or not is_participle(last) or not _on_noun(head):
        return title  # "left their rates unchanged": an adjective
    return head


def _on_noun(head: str) -> bool:
    """Tell whether the words before a last participle end on a noun phrase after the main verb, with no
    clause of its own between: "(The result) equalled England's worst defeat of 165 (suffered)"."""
    before = head.rsplit(None, 1)[-1]
    if head.split(None, 1)[0].lower() in _CLAUSE_WORDS:
        return False  # "Since the coalition cabinet led": a front clause's own verb
    if not before.islower() and not before[:1].isdigit() and not before.endswith(('"', "”")):
        return False  # "Moravec announced", "China hosted": a name is a subject
    if before.lower() in _NOT_A_NOUN or before.endswith(("ly", ",")):
        return False
    verb = first_verb(head)
    if verb is None or verb.group().lower() in _TAKES_CLAUSE or verb.group().lower() in _CAUSATIVE:
        return False
    between = _WORD.findall(head[verb.end() :])
    if len(between) < 2 or any(
        w == "," or w.lower() in _CLAUSE_WORDS or w.lower() in _CAUSATIVE or has_verb(w) for w in between
    ):
        return False
    open_determiner = False
    for word in between:
        lower = word.lower()
        if lower in _PREPOSITIONS:
            open_determiner = False
        elif lower in _DETERMINERS:
            if open_determiner:
                return False  # "took place the day the president": a clause's subject
            open_determiner = True
    return True
